//! Prints a [`Module`] as WasmIR text (wasmir-spec chapter 2). Deterministic: the output depends
//! only on the module's vectors, values are renumbered in order of definition.

use crate::ir::{Block, Func, Import, Inst, Module, Target, Term, Val, WTy};
use std::fmt::Write;

/// Whether `s` can be written as a bare identifier after `@`.
fn is_ident(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if c.is_ascii_alphabetic() || c == '_' => {}
        _ => return false,
    }
    chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.' || c == '$')
}

/// Quotes a string literal.
pub fn quote(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                let _ = write!(out, "\\u{{{:x}}}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// `@name` or `@"name"`.
pub fn func_name(s: &str) -> String {
    if is_ident(s) { format!("@{s}") } else { format!("@{}", quote(s)) }
}

fn sig(params: &[WTy], results: &[WTy]) -> String {
    let mut s = String::from("(");
    s.push_str(&params.iter().map(|t| t.name()).collect::<Vec<_>>().join(", "));
    s.push(')');
    match results.len() {
        0 => {}
        1 => {
            let _ = write!(s, " -> {}", results[0].name());
        }
        _ => {
            let _ = write!(s, " -> ({})", results.iter().map(|t| t.name()).collect::<Vec<_>>().join(", "));
        }
    }
    s
}

fn loc(l: &Option<(String, usize, usize)>) -> String {
    match l {
        Some((f, line, col)) => format!(" loc {} {}:{}", quote(f), line, col),
        None => String::new(),
    }
}

fn import(out: &mut String, i: &Import) {
    let _ = writeln!(
        out,
        "import {} {} fn {}{}{}",
        quote(&i.module),
        quote(&i.field),
        func_name(&i.name),
        sig(&i.params, &i.results),
        loc(&i.loc)
    );
}

/// The printed name of every value: the Rust variable's name where debug info gave one, made
/// unique in the function with `.1`, `.2`... suffixes in order of definition; `%N` otherwise,
/// numbered in order of definition.
struct Namer {
    names: Vec<Option<String>>,
    used: std::collections::HashSet<String>,
    next: u32,
}

impl Namer {
    fn def(&mut self, f: &Func, v: Val) -> String {
        let name = match f.value_names.get(v.0 as usize).cloned().flatten() {
            Some(base) => {
                let mut cand = base.clone();
                let mut k = 1;
                // Lookups only: the set never decides an order, so output stays deterministic.
                while self.used.contains(&cand) {
                    cand = format!("{base}.{k}");
                    k += 1;
                }
                self.used.insert(cand.clone());
                if is_ident(&cand) { format!("%{cand}") } else { format!("%{}", quote(&cand)) }
            }
            None => {
                self.next += 1;
                format!("%{}", self.next - 1)
            }
        };
        self.names[v.0 as usize] = Some(name.clone());
        name
    }
    fn get(&self, v: Val) -> String {
        match &self.names[v.0 as usize] {
            Some(n) => n.clone(),
            // Never happens for well-formed functions; keep the output parseable anyway.
            None => format!("%undefined{}", v.0),
        }
    }
    fn list(&self, vs: &[Val]) -> String {
        vs.iter().map(|v| self.get(*v)).collect::<Vec<_>>().join(", ")
    }
}

fn target(f: &Func, n: &Namer, t: &Target) -> String {
    let label = &f.blocks[t.block].label;
    if t.args.is_empty() { format!("^{label}") } else { format!("^{label}({})", n.list(&t.args)) }
}

fn func(out: &mut String, f: &Func) {
    if let Some(e) = &f.export {
        let _ = writeln!(out, "export {} fn {}", quote(e), func_name(&f.name));
    }
    if !f.comment.is_empty() {
        let _ = writeln!(out, "; {}", f.comment.replace('\n', " "));
    }
    let _ = writeln!(out, "fn {}{}{} {{", func_name(&f.name), sig(&f.params, &f.results), loc(&f.loc));
    let mut n = Namer { names: vec![None; f.value_tys.len()], used: Default::default(), next: 0 };
    // Names are assigned in block order, so a use printed before its definition (possible only
    // for values defined in a dominating block printed later) needs a first pass.
    for b in f.blocks.iter() {
        for p in &b.params {
            n.def(f, *p);
        }
        for i in &b.insts {
            match i {
                Inst::Const { dst, .. } | Inst::Op { dst, .. } => {
                    n.def(f, *dst);
                }
                Inst::Call { dsts, .. } => {
                    for d in dsts {
                        n.def(f, *d);
                    }
                }
                Inst::TrapZ(_) | Inst::TrapNz(_) => {}
            }
        }
    }
    for b in f.blocks.iter() {
        block(out, f, &n, b);
    }
    out.push_str("}\n");
}

fn block(out: &mut String, f: &Func, n: &Namer, b: &Block) {
    if b.params.is_empty() {
        let _ = writeln!(out, "^{}:", b.label);
    } else {
        let ps = b
            .params
            .iter()
            .map(|p| format!("{}: {}", n.get(*p), f.value_tys[p.0 as usize].name()))
            .collect::<Vec<_>>()
            .join(", ");
        let _ = writeln!(out, "^{}({ps}):", b.label);
    }
    for i in &b.insts {
        match i {
            Inst::Const { dst, ty, value } => {
                let _ = writeln!(out, "    {} = {}.const {}", n.get(*dst), ty.name(), value);
            }
            Inst::Op { dst, op, args } => {
                let _ = writeln!(out, "    {} = {} {}", n.get(*dst), op, n.list(args));
            }
            Inst::Call { dsts, callee, args } => {
                let lhs = if dsts.is_empty() { String::new() } else { format!("{} = ", n.list(dsts)) };
                let _ = writeln!(out, "    {lhs}call {}({})", func_name(callee), n.list(args));
            }
            Inst::TrapZ(v) => {
                let _ = writeln!(out, "    trapz {}", n.get(*v));
            }
            Inst::TrapNz(v) => {
                let _ = writeln!(out, "    trapnz {}", n.get(*v));
            }
        }
    }
    let t = match &b.term {
        Term::Br(t) => format!("br {}", target(f, n, t)),
        Term::BrIf(c, a, b2) => {
            format!("br_if {}, {}, {}", n.get(*c), target(f, n, a), target(f, n, b2))
        }
        Term::Switch(v, d, cases) => {
            let cs = cases.iter().map(|(k, t)| format!("{k}: {}", target(f, n, t))).collect::<Vec<_>>().join(", ");
            format!("switch {}, {}, [{cs}]", n.get(*v), target(f, n, d))
        }
        Term::Return(vs) if vs.is_empty() => "return".to_string(),
        Term::Return(vs) => format!("return {}", n.list(vs)),
        Term::Trap => "trap".to_string(),
    };
    let _ = writeln!(out, "    {t}");
}

/// Prints the whole module, starting with the `wasmir 0.1` header.
pub fn module(m: &Module, source: &str) -> String {
    let mut out = String::from("wasmir 0.1\n");
    let _ = writeln!(out, "; exported from {} by mir-export", source.replace('\n', " "));
    if !m.imports.is_empty() {
        out.push('\n');
        for i in &m.imports {
            import(&mut out, i);
        }
    }
    for f in &m.funcs {
        out.push('\n');
        func(&mut out, f);
    }
    out
}
