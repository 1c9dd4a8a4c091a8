fn main() {
    // Generates the parser from src/grammar.lalrpop into OUT_DIR.
    lalrpop::process_src().expect("the lalrpop grammar must build");
}
