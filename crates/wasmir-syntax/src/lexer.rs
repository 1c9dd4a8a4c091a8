//! The lexer: WasmIR text to tokens with byte spans (spec §2.1).
//!
//! [`Tok`] is a logos lexer; [`lex`] runs it over a whole file and returns every token with its
//! span, or every lexing error as a diagnostic (E0001, E0004, E0006, E0007). `lex` also does two
//! things a regular lexer cannot:
//!
//! - it turns identifiers that are reserved words (spec §2.1, §9) into [`Tok::Reserved`], which no
//!   grammar rule accepts, so that the parser reports them as E0005;
//! - it marks the value names that a statement defines (`%a, %b =`) as [`Tok::Def`]. Newlines are
//!   insignificant, so without the mark `return` followed by `%x = ...` on the next line would need
//!   unbounded lookahead to tell `return %x` from a new statement; with it the grammar is LR(1).
//!
//! The token stream feeds the lalrpop parser as an external lexer (lalrpop book, "Using an external
//! lexer").

use crate::diag::{codes, Diagnostic};
use crate::ir::{Span, Type};
use logos::Logos;
use std::borrow::Cow;

/// Words reserved for later versions (spec §2.1 "Reserved words", §9).
pub const RESERVED: &[&str] = &["load", "store", "shared", "atomic", "component", "v128", "ptr64"];

/// What went wrong while lexing one token; becomes a diagnostic in [`lex`].
#[derive(Clone, Debug, Default, PartialEq)]
pub enum LexError {
    /// No token starts here (E0001).
    #[default]
    UnexpectedChar,
    /// A string without its closing quote on the same line (E0004).
    Unterminated,
    /// An unknown escape in a string; the escape's byte offset and length in the token (E0006).
    BadEscape(usize, usize),
    /// A sigil name that is neither an identifier nor digits, e.g. `%3x` or `@12` (E0007).
    MalformedName,
}

/// A name after a sigil (`@f`, `%"x y"`, `^7`), unescaped.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SigilName<'s> {
    /// The name without sigil and quotes.
    pub text: Cow<'s, str>,
    /// Whether it was written as a string (`%"3"` is a name, `%3` is anonymous).
    pub quoted: bool,
}

impl SigilName<'_> {
    /// Whether the name is anonymous: unquoted and made only of digits (spec §2.1).
    pub fn is_anonymous(&self) -> bool {
        !self.quoted && self.text.bytes().all(|b| b.is_ascii_digit())
    }
}

/// A float literal, not yet given a type (the resolver rounds it to `f32` or `f64`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FloatLit<'s> {
    /// A decimal such as `-1.5e3`, as written (with its sign and `_` separators).
    Decimal(&'s str),
    /// `inf` or `-inf`.
    Inf {
        /// Whether it is `-inf`.
        neg: bool,
    },
    /// `nan`, `-nan` or `nan:0xPAYLOAD`.
    Nan {
        /// Whether the sign bit is set.
        neg: bool,
        /// The significand bits, if written; `None` is the canonical quiet NaN. Saturates at
        /// `u64::MAX`, which fits no type, when the literal is too long.
        payload: Option<u64>,
    },
}

/// One token. Data-carrying tokens borrow from the source where they can.
#[derive(Logos, Clone, Debug, PartialEq)]
#[logos(error = LexError)]
#[logos(skip r"[ \t\r\n\f]+")]
#[logos(skip(r";[^\n]*", allow_greedy = true))]
pub enum Tok<'s> {
    /// `wasmir`
    #[token("wasmir")]
    Wasmir,
    /// `import`
    #[token("import")]
    Import,
    /// `export`
    #[token("export")]
    Export,
    /// `fn`
    #[token("fn")]
    Fn,
    /// `loc`
    #[token("loc")]
    Loc,
    /// `call`
    #[token("call")]
    Call,
    /// `trapz`
    #[token("trapz")]
    Trapz,
    /// `trapnz`
    #[token("trapnz")]
    Trapnz,
    /// `br`
    #[token("br")]
    Br,
    /// `br_if`
    #[token("br_if")]
    BrIf,
    /// `switch`
    #[token("switch")]
    Switch,
    /// `return`
    #[token("return")]
    Return,
    /// `trap`
    #[token("trap")]
    Trap,
    /// `call_indirect`
    #[token("call_indirect")]
    CallIndirect,
    /// `memory`
    #[token("memory")]
    Memory,
    /// `global`
    #[token("global")]
    Global,
    /// `data`
    #[token("data")]
    Data,
    /// `table`
    #[token("table")]
    Table,
    /// `type`
    #[token("type")]
    TypeKw,
    /// `slot`
    #[token("slot")]
    SlotKw,
    /// `mut`
    #[token("mut")]
    Mut,
    /// `max`
    #[token("max")]
    Max,
    /// `align`
    #[token("align")]
    Align,
    /// `zero`
    #[token("zero")]
    Zero,
    /// `own`: a qualifier (spec §13.1) and the minting instruction (§13.3).
    #[token("own")]
    Own,
    /// `linear`: a qualifier and the minting instruction.
    #[token("linear")]
    Linear,
    /// `borrow`: a qualifier and the instruction opening a borrow scope.
    #[token("borrow")]
    Borrow,
    /// `drop`: consumes an owned or linear value.
    #[token("drop")]
    Drop,
    /// `end_borrow`: closes a borrow scope.
    #[token("end_borrow")]
    EndBorrow,
    /// A value type: `i32`, `i64`, `i128`, `f32`, `f64`, `ptr`, `externref`, `funcref`.
    #[token("externref", |_| Type::ExternRef)]
    #[token("funcref", |_| Type::FuncRef)]
    #[token("i32", |_| Type::I32)]
    #[token("i64", |_| Type::I64)]
    #[token("i128", |_| Type::I128)]
    #[token("f32", |_| Type::F32)]
    #[token("f64", |_| Type::F64)]
    #[token("ptr", |_| Type::Ptr)]
    Type(Type),
    /// `T.const`: the constant instruction of type `T`.
    #[token("i32.const", |_| Type::I32)]
    #[token("i64.const", |_| Type::I64)]
    #[token("i128.const", |_| Type::I128)]
    #[token("f32.const", |_| Type::F32)]
    #[token("f64.const", |_| Type::F64)]
    #[token("ptr.const", |_| Type::Ptr)]
    Const(Type),
    /// Any other identifier: an operator name such as `i32.add` (checked by the resolver).
    #[regex(r"[A-Za-z_][A-Za-z0-9_.$]*", |lex| lex.slice())]
    Ident(&'s str),
    /// A reserved word (made by [`lex`] from an identifier; no grammar rule accepts it).
    Reserved(&'s str),
    /// `@name`: a function.
    #[regex(r"@[A-Za-z0-9_.$]+", |lex| bare_name(lex.slice(), false))]
    #[regex(r#"@"([^"\\\n]|\\[^\n])*""#, |lex| quoted_name(lex.slice()))]
    Func(SigilName<'s>),
    /// `%name` used as an operand.
    #[regex(r"%[A-Za-z0-9_.$]+", |lex| bare_name(lex.slice(), true))]
    #[regex(r#"%"([^"\\\n]|\\[^\n])*""#, |lex| quoted_name(lex.slice()))]
    Value(SigilName<'s>),
    /// `%name` defined by a statement (made by [`lex`] from a [`Tok::Value`] followed by `=` or
    /// by `, %name ... =`).
    Def(SigilName<'s>),
    /// `$name`: a module-level entity (memory, global, table, signature, data item).
    #[regex(r"\$[A-Za-z0-9_.$]+", |lex| bare_name(lex.slice(), false))]
    #[regex(r#"\$"([^"\\\n]|\\[^\n])*""#, |lex| quoted_name(lex.slice()))]
    Entity(SigilName<'s>),
    /// `#name`: a stack slot of the function.
    #[regex(r"#[A-Za-z0-9_.$]+", |lex| bare_name(lex.slice(), true))]
    #[regex(r#"#"([^"\\\n]|\\[^\n])*""#, |lex| quoted_name(lex.slice()))]
    SlotName(SigilName<'s>),
    /// `x"00ff"`: bytes in hexadecimal (data items, spec §12.5); the digits as written.
    #[regex(r#"x"[^"\n]*""#, |lex| { let s = lex.slice(); &s[2..s.len() - 1] })]
    HexStr(&'s str),
    /// `^label`: a block.
    #[regex(r"\^[A-Za-z0-9_.$]+", |lex| bare_name(lex.slice(), true))]
    #[regex(r#"\^"([^"\\\n]|\\[^\n])*""#, |lex| quoted_name(lex.slice()))]
    Block(SigilName<'s>),
    /// An integer literal's value; saturates beyond `i128`, which no type accepts anyway.
    #[regex(r"-?[0-9][0-9_]*", |lex| int_value(lex.slice()))]
    #[regex(r"-?0x[0-9a-fA-F][0-9a-fA-F_]*", |lex| int_value(lex.slice()))]
    Int(i128),
    /// A float literal.
    #[regex(r"-?[0-9][0-9_]*\.[0-9][0-9_]*([eE][+-]?[0-9][0-9_]*)?", |lex| FloatLit::Decimal(lex.slice()))]
    #[regex(r"-?[0-9][0-9_]*[eE][+-]?[0-9][0-9_]*", |lex| FloatLit::Decimal(lex.slice()))]
    #[token("inf", |_| FloatLit::Inf { neg: false })]
    #[token("-inf", |_| FloatLit::Inf { neg: true })]
    #[token("nan", |_| FloatLit::Nan { neg: false, payload: None })]
    #[token("-nan", |_| FloatLit::Nan { neg: true, payload: None })]
    #[regex(r"-?nan:0x[0-9a-fA-F][0-9a-fA-F_]*", |lex| nan_payload(lex.slice()))]
    Float(FloatLit<'s>),
    /// A string literal, unescaped.
    #[regex(r#""([^"\\\n]|\\[^\n])*""#, |lex| unescape(lex.slice()))]
    Str(Cow<'s, str>),
    /// A string or quoted name without its closing quote (always an error).
    #[regex(r#"[@%^$#]?"([^"\\\n]|\\[^\n])*"#, unterminated)]
    Unterminated,
    /// A sigil with no name after it (always an error).
    #[regex(r"[@%^$#]", lone_sigil)]
    LoneSigil,
    /// `(`
    #[token("(")]
    LParen,
    /// `)`
    #[token(")")]
    RParen,
    /// `{`
    #[token("{")]
    LBrace,
    /// `}`
    #[token("}")]
    RBrace,
    /// `[`
    #[token("[")]
    LBracket,
    /// `]`
    #[token("]")]
    RBracket,
    /// `,`
    #[token(",")]
    Comma,
    /// `:`
    #[token(":")]
    Colon,
    /// `=`
    #[token("=")]
    Eq,
    /// `->`
    #[token("->")]
    Arrow,
}

fn unterminated<'s>(_: &mut logos::Lexer<'s, Tok<'s>>) -> Result<(), LexError> {
    Err(LexError::Unterminated)
}

fn lone_sigil<'s>(_: &mut logos::Lexer<'s, Tok<'s>>) -> Result<(), LexError> {
    Err(LexError::MalformedName)
}

/// `@abc`, `%abc`, `%12`: an identifier, or digits where `digits_ok` (values and blocks).
fn bare_name(slice: &str, digits_ok: bool) -> Result<SigilName<'_>, LexError> {
    let text = &slice[1..];
    let ident = crate::print::is_ident(text);
    let digits = text.bytes().all(|b| b.is_ascii_digit());
    if ident || (digits_ok && digits) {
        Ok(SigilName { text: Cow::Borrowed(text), quoted: false })
    } else {
        Err(LexError::MalformedName)
    }
}

/// `@"..."`: the sigil, then a string.
fn quoted_name(slice: &str) -> Result<SigilName<'_>, LexError> {
    match unescape(&slice[1..]) {
        Ok(text) => Ok(SigilName { text, quoted: true }),
        // Offsets count from the string; the token starts one byte earlier, at the sigil.
        Err(LexError::BadEscape(at, len)) => Err(LexError::BadEscape(at + 1, len)),
        Err(e) => Err(e),
    }
}

/// The contents of a string literal `"..."` (quotes included in `slice`) with escapes replaced.
fn unescape(slice: &str) -> Result<Cow<'_, str>, LexError> {
    let inner = &slice[1..slice.len() - 1];
    if !inner.contains('\\') {
        return Ok(Cow::Borrowed(inner));
    }
    let mut out = String::with_capacity(inner.len());
    let mut rest = inner;
    while let Some(i) = rest.find('\\') {
        out.push_str(&rest[..i]);
        let esc = &rest[i..];
        // Offset of the escape in the whole token, for the diagnostic's span.
        let at = slice.len() - 1 - inner.len() + (inner.len() - rest.len()) + i;
        let mut chars = esc[1..].chars();
        let (c, used) = match chars.next() {
            Some('\\') => ('\\', 2),
            Some('"') => ('"', 2),
            Some('n') => ('\n', 2),
            Some('t') => ('\t', 2),
            Some('u') => unicode_escape(esc).ok_or_else(|| {
                let len = esc.find('}').map_or(2, |e| e + 1);
                LexError::BadEscape(at, len)
            })?,
            Some(other) => return Err(LexError::BadEscape(at, 1 + other.len_utf8())),
            None => return Err(LexError::BadEscape(at, 1)),
        };
        out.push(c);
        rest = &esc[used..];
    }
    out.push_str(rest);
    Ok(Cow::Owned(out))
}

/// `\u{1F600}` at the start of `esc`: the character and the escape's length.
fn unicode_escape(esc: &str) -> Option<(char, usize)> {
    let body = esc.strip_prefix("\\u{")?;
    let end = body.find('}')?;
    let hex = &body[..end];
    if hex.is_empty() || hex.len() > 6 {
        return None;
    }
    let c = char::from_u32(u32::from_str_radix(hex, 16).ok()?)?;
    Some((c, 3 + end + 1))
}

/// The sign of a decimal or `0x` integer literal and its magnitude, `None` beyond 128 bits.
fn sign_and_magnitude(slice: &str) -> (bool, Option<u128>) {
    let (neg, digits) = match slice.strip_prefix('-') {
        Some(d) => (true, d),
        None => (false, slice),
    };
    let (radix, digits) = match digits.strip_prefix("0x") {
        Some(h) => (16, h),
        None => (10, digits),
    };
    let mut v: Option<u128> = Some(0);
    for c in digits.chars().filter(|&c| c != '_') {
        v = v.and_then(|v| v.checked_mul(radix as u128)?.checked_add(c.to_digit(radix)? as u128));
    }
    (neg, v)
}

/// The value of a decimal or `0x` integer literal, saturating (out of every type's range then).
fn int_value(slice: &str) -> i128 {
    let (neg, m) = sign_and_magnitude(slice);
    let v = m.and_then(|m| i128::try_from(m).ok()).unwrap_or(i128::MAX);
    if neg {
        -v
    } else {
        v
    }
}

/// The exact value of an integer literal as (negative, magnitude), or `None` beyond 128 bits of
/// magnitude. [`Tok::Int`] saturates at `i128`; the resolver reads `i128.const` literals, whose
/// unsigned range reaches 2^128 - 1, through this.
pub fn int_value_wide(slice: &str) -> Option<(bool, u128)> {
    let (neg, m) = sign_and_magnitude(slice);
    m.map(|m| (neg, m))
}

/// `nan:0x...` or `-nan:0x...`.
fn nan_payload(slice: &str) -> FloatLit<'_> {
    let neg = slice.starts_with('-');
    let hex = slice.rsplit("0x").next().unwrap_or("");
    let mut p: u64 = 0;
    for c in hex.chars().filter(|&c| c != '_') {
        let d = c.to_digit(16).unwrap_or(0) as u64;
        p = p.saturating_mul(16).saturating_add(d);
    }
    FloatLit::Nan { neg, payload: Some(p) }
}

/// A token with its byte span, as lalrpop's external-lexer interface wants it.
pub type Spanned<'s> = (usize, Tok<'s>, usize);

/// Lexes a whole file. On success, every token with its span (reserved words and defined value
/// names already marked); otherwise one diagnostic per lexing error, in source order.
pub fn lex(src: &str) -> Result<Vec<Spanned<'_>>, Vec<Diagnostic>> {
    let mut toks: Vec<Spanned<'_>> = Vec::with_capacity(src.len() / 4);
    let mut diags = Vec::new();
    let mut lexer = Tok::lexer(src);
    while let Some(res) = lexer.next() {
        let span = lexer.span();
        match res {
            Ok(Tok::Ident(w)) if RESERVED.contains(&w) => toks.push((span.start, Tok::Reserved(w), span.end)),
            Ok(Tok::Eq) => {
                mark_defs(&mut toks);
                toks.push((span.start, Tok::Eq, span.end));
            }
            Ok(t) => toks.push((span.start, t, span.end)),
            Err(e) => diags.push(lex_diagnostic(src, span, e)),
        }
    }
    if diags.is_empty() {
        Ok(toks)
    } else {
        Err(diags)
    }
}

/// Called before pushing `=`: the run `%a, %b` just before it names the statement's results.
fn mark_defs(toks: &mut [Spanned<'_>]) {
    let mut i = toks.len();
    while i > 0 {
        let (_, tok, _) = &mut toks[i - 1];
        let Tok::Value(name) = tok else { return };
        *tok = Tok::Def(std::mem::replace(name, SigilName { text: Cow::Borrowed(""), quoted: false }));
        if i >= 2 && toks[i - 2].1 == Tok::Comma {
            i -= 2;
        } else {
            return;
        }
    }
}

fn lex_diagnostic(src: &str, span: core::ops::Range<usize>, e: LexError) -> Diagnostic {
    let text = src.get(span.clone()).unwrap_or("");
    match e {
        LexError::UnexpectedChar => {
            // Point at one character: logos may have consumed more before giving up.
            let c = src.get(span.start..).and_then(|s| s.chars().next()).unwrap_or(' ');
            let escaped: String = c.escape_debug().collect();
            Diagnostic::new(codes::UNEXPECTED_CHAR, Span::new(span.start, span.start + c.len_utf8()))
                .arg("char", escaped)
        }
        LexError::Unterminated => Diagnostic::new(codes::UNTERMINATED_STRING, Span::new(span.start, span.end)),
        LexError::BadEscape(at, len) => {
            let start = span.start + at;
            let end = (start + len).min(span.end);
            let esc = src.get(start..end).unwrap_or("\\");
            Diagnostic::new(codes::INVALID_ESCAPE, Span::new(start, end)).arg("escape", esc)
        }
        LexError::MalformedName => {
            Diagnostic::new(codes::MALFORMED_NAME, Span::new(span.start, span.end)).arg("name", text)
        }
    }
}

/// The text a token stands for in "expected one of" lists: the spelling of keywords and
/// punctuation, an example for tokens that carry data. Language-neutral on purpose: it is
/// inserted into every locale's message.
pub fn describe_terminal(terminal: &str) -> String {
    let t = terminal.trim_matches('"');
    let example = match t {
        "FUNC" => "@name",
        "VALUE" | "DEF" => "%name",
        "BLOCK" => "^label",
        "INT" => "123",
        "FLOAT" => "1.5",
        "STRING" => "\"…\"",
        "TYPE" => "i32",
        "CONST" => "i32.const",
        "OPERATOR" => "i32.add",
        "ENTITY" => "$name",
        "SLOT" => "#name",
        "HEX" => "x\"00ff\"",
        other => other,
    };
    format!("`{example}`")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::Code;

    fn toks(src: &str) -> Vec<Tok<'_>> {
        lex(src).map(|v| v.into_iter().map(|(_, t, _)| t).collect()).unwrap_or_default()
    }

    fn name(s: &str) -> SigilName<'_> {
        SigilName { text: Cow::Borrowed(s), quoted: false }
    }

    #[test]
    fn keywords_operators_and_types() {
        assert_eq!(
            toks("fn i32 i32.add i32.const br br_if brx trap trapz"),
            vec![
                Tok::Fn,
                Tok::Type(Type::I32),
                Tok::Ident("i32.add"),
                Tok::Const(Type::I32),
                Tok::Br,
                Tok::BrIf,
                Tok::Ident("brx"),
                Tok::Trap,
                Tok::Trapz
            ]
        );
    }

    #[test]
    fn sigils_and_defs() {
        assert_eq!(
            toks("%a, %b = call @f(%c) ^7"),
            vec![
                Tok::Def(name("a")),
                Tok::Comma,
                Tok::Def(name("b")),
                Tok::Eq,
                Tok::Call,
                Tok::Func(name("f")),
                Tok::LParen,
                Tok::Value(name("c")),
                Tok::RParen,
                Tok::Block(name("7")),
            ]
        );
        // `return %x` then a statement defining `%y`: only `%y` is a definition.
        assert_eq!(
            toks("return %x\n%y = trap"),
            vec![Tok::Return, Tok::Value(name("x")), Tok::Def(name("y")), Tok::Eq, Tok::Trap]
        );
        let q = toks(r#"@"core::f\n" %"3""#);
        assert_eq!(q[0], Tok::Func(SigilName { text: Cow::Owned("core::f\n".into()), quoted: true }));
        assert!(!matches!(&q[1], Tok::Value(n) if n.is_anonymous()));
        assert!(matches!(&toks("%3")[0], Tok::Value(n) if n.is_anonymous()));
    }

    #[test]
    fn numbers() {
        assert_eq!(toks("-1 0xff 1_000 -0x10"), vec![Tok::Int(-1), Tok::Int(255), Tok::Int(1000), Tok::Int(-16)]);
        assert_eq!(
            toks("1.5 -0.0 1e-9 inf -inf nan -nan nan:0x200000"),
            vec![
                Tok::Float(FloatLit::Decimal("1.5")),
                Tok::Float(FloatLit::Decimal("-0.0")),
                Tok::Float(FloatLit::Decimal("1e-9")),
                Tok::Float(FloatLit::Inf { neg: false }),
                Tok::Float(FloatLit::Inf { neg: true }),
                Tok::Float(FloatLit::Nan { neg: false, payload: None }),
                Tok::Float(FloatLit::Nan { neg: true, payload: None }),
                Tok::Float(FloatLit::Nan { neg: false, payload: Some(0x20_0000) }),
            ]
        );
        assert_eq!(toks("12:5"), vec![Tok::Int(12), Tok::Colon, Tok::Int(5)]);
        assert_eq!(toks("99999999999999999999999999999999999999999999"), vec![Tok::Int(i128::MAX)]);
        assert_eq!(toks("-> -1"), vec![Tok::Arrow, Tok::Int(-1)]);
    }

    #[test]
    fn strings_and_comments() {
        assert_eq!(
            toks("\"a\\\"b\\u{e9}\" ; comment \"x\n\"\""),
            vec![Tok::Str(Cow::Owned("a\"bé".into())), Tok::Str(Cow::Borrowed(""))]
        );
    }

    #[test]
    fn reserved_words() {
        assert_eq!(
            toks("load v128 ptr64 memoryx memory $m #s x\"00\""),
            vec![
                Tok::Reserved("load"),
                Tok::Reserved("v128"),
                Tok::Reserved("ptr64"),
                Tok::Ident("memoryx"),
                Tok::Memory,
                Tok::Entity(SigilName { text: Cow::Borrowed("m"), quoted: false }),
                Tok::SlotName(SigilName { text: Cow::Borrowed("s"), quoted: false }),
                Tok::HexStr("00"),
            ]
        );
    }

    /// Since 0.3 `externref` and `funcref` are types; their operators are identifiers (spec §2.1).
    #[test]
    fn reference_types_are_type_tokens() {
        assert_eq!(
            toks("externref funcref externref.null funcref.is_null table.get"),
            vec![
                Tok::Type(Type::ExternRef),
                Tok::Type(Type::FuncRef),
                Tok::Ident("externref.null"),
                Tok::Ident("funcref.is_null"),
                Tok::Ident("table.get"),
            ]
        );
    }

    fn codes_of(src: &str) -> Vec<(Code, Span)> {
        lex(src).err().unwrap_or_default().into_iter().map(|d| (d.code, d.span)).collect()
    }

    #[test]
    fn e0001_unexpected_character() {
        assert_eq!(
            codes_of("fn ! é"),
            vec![(codes::UNEXPECTED_CHAR, Span::new(3, 4)), (codes::UNEXPECTED_CHAR, Span::new(5, 7))]
        );
        let d = lex("fn é").err().unwrap_or_default();
        assert_eq!(d[0].args, vec![("char", "é".to_string())]);
        assert_eq!(d[0].span, Span::new(3, 5));
    }

    #[test]
    fn e0004_unterminated_string() {
        assert_eq!(codes_of("import \"env\n\"x\""), vec![(codes::UNTERMINATED_STRING, Span::new(7, 11))]);
    }

    #[test]
    fn e0006_bad_escape() {
        assert_eq!(codes_of(r#""ab\qc""#), vec![(codes::INVALID_ESCAPE, Span::new(3, 5))]);
        assert_eq!(codes_of(r#"%"\u{110000}""#), vec![(codes::INVALID_ESCAPE, Span::new(2, 12))]);
    }

    #[test]
    fn e0007_malformed_name() {
        assert_eq!(
            codes_of("%3x @12 %"),
            vec![
                (codes::MALFORMED_NAME, Span::new(0, 3)),
                (codes::MALFORMED_NAME, Span::new(4, 7)),
                (codes::MALFORMED_NAME, Span::new(8, 9))
            ]
        );
    }
}
