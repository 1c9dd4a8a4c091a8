//! The printer: one canonical text for every module (spec §2).
//!
//! `print(parse(print(m))) == print(m)` for every module `m` whose values and blocks are all
//! defined in its layout: named values and blocks print as written; anonymous ones are numbered in
//! order of definition (`%0, %1, ...`, `^0, ^1, ...`), so passes that add values keep the text
//! stable. Floats print in shortest round-trip decimal, NaNs with their payload, so printing
//! never loses bits. Names are made unique per function (a repeated `%x` prints as `%x.1`), so IR
//! built in memory, where nothing forbids two values the same name, prints to text that parses
//! back to the same module.

use crate::ir::{
    Block, BlockCall, Body, Constant, DataPart, ExportItem, FuncId, Function, FunctionKind, Imm, ImportName, InstKind,
    Kind, Module, Opcode, Signature, Slot, Type, Value,
};
use cranelift_entity::SecondaryMap;
use rustc_hash::FxHashSet;
use std::fmt::Write;

/// Prints a module in canonical form.
pub fn print_module(m: &Module) -> String {
    let mut out = String::new();
    let v = m.version.unwrap_or(crate::ir::Version::CURRENT);
    let _ = writeln!(out, "wasmir {v}");
    print_entities(&mut out, m);
    if !m.exports.is_empty() {
        out.push('\n');
        for e in &m.exports {
            let item = match e.item {
                ExportItem::Func(f) => format!("fn {}", func_name(m, f)),
                ExportItem::Memory(x) => format!("memory {}", entity_name(m.memories.get(x).map(|d| &d.name))),
                ExportItem::Global(x) => format!("global {}", entity_name(m.globals.get(x).map(|d| &d.name))),
                ExportItem::Table(x) => format!("table {}", entity_name(m.tables.get(x).map(|d| &d.name))),
            };
            let _ = writeln!(out, "export {} {item}", quote(&e.name));
        }
    }
    for (id, f) in m.funcs.iter() {
        out.push('\n');
        print_function(&mut out, m, id, f);
    }
    out
}

/// Module-level entities in a fixed order: signatures, memories, globals, tables, data.
fn print_entities(out: &mut String, m: &Module) {
    let import = |i: &Option<ImportName>| match i {
        Some(i) => format!("import {} {} ", quote(&i.module), quote(&i.field)),
        None => String::new(),
    };
    let mut lines = Vec::new();
    for s in m.sigs.values() {
        lines.push(format!("type {} = fn{}", sigil_name('$', &s.name), sig_text(&s.sig)));
    }
    for mem in m.memories.values() {
        let max = mem.max_pages.map(|x| format!(" max {x}")).unwrap_or_default();
        lines.push(format!("{}memory {} {}{max}", import(&mem.import), sigil_name('$', &mem.name), mem.min_pages));
    }
    for g in m.globals.values() {
        let mutable = if g.mutable { " mut" } else { "" };
        let init = g.init.map(|c| format!(" = {}", const_literal(c))).unwrap_or_default();
        lines.push(format!("{}global {}: {}{mutable}{init}", import(&g.import), sigil_name('$', &g.name), g.ty));
    }
    for t in m.tables.values() {
        lines.push(format!("{}table {}: {}", import(&t.import), sigil_name('$', &t.name), t.elem));
    }
    for d in m.data.values() {
        let align = if d.align == 1 { String::new() } else { format!(" align {}", d.align) };
        let parts = match d.parts.as_slice() {
            [DataPart::Bytes(b)] => bytes_literal(b),
            parts => format!("[{}]", parts.iter().map(|p| data_part(m, p)).collect::<Vec<_>>().join(", ")),
        };
        lines.push(format!("data {}{align} = {parts}", sigil_name('$', &d.name)));
    }
    if !lines.is_empty() {
        out.push('\n');
        for l in lines {
            out.push_str(&l);
            out.push('\n');
        }
    }
}

/// A byte string: `"text"` when the bytes are UTF-8, `x"00ff"` otherwise.
pub fn bytes_literal(b: &[u8]) -> String {
    match std::str::from_utf8(b) {
        Ok(s) => quote(s),
        Err(_) => {
            let mut out = String::from("x\"");
            for byte in b {
                let _ = write!(out, "{byte:02x}");
            }
            out.push('"');
            out
        }
    }
}

fn data_part(m: &Module, p: &DataPart) -> String {
    match p {
        DataPart::Bytes(b) => bytes_literal(b),
        DataPart::Zero(n) => format!("zero {n}"),
        DataPart::Const(c) => format!("{} {}", c.ty, const_literal(*c)),
        DataPart::DataAddr { data, addend } => {
            format!("{}{}", Opcode::DataAddr, imm_text(m, None, &Imm::Data { data: *data, addend: *addend }, None))
        }
        DataPart::FuncIndex { table, func } => {
            format!("{}{}", Opcode::FuncIndex, imm_text(m, None, &Imm::FuncIndex { table: *table, func: *func }, None))
        }
    }
}

/// `$name` of a module-level entity, or `$undefined` for a dangling reference.
fn entity_name(name: Option<&String>) -> String {
    match name {
        Some(n) => sigil_name('$', n),
        None => "$undefined".to_string(),
    }
}

/// The bracketed immediates of an instruction (spec §2.3): entities first, then `key=value` pairs
/// whose value is not the default, then flags.
fn imm_text(m: &Module, op: Option<Opcode>, imm: &Imm, slots: Option<&SlotNames>) -> String {
    let mut items = Vec::new();
    match *imm {
        Imm::MemArg(a) => {
            items.push(entity_name(m.memories.get(a.mem).map(|d| &d.name)));
            if a.offset != 0 {
                items.push(format!("offset={}", a.offset));
            }
            if Some(a.align) != op.and_then(Opcode::access_bytes) {
                items.push(format!("align={}", a.align));
            }
            if a.notrap {
                items.push("notrap".to_string());
            }
            if a.aligned {
                items.push("aligned".to_string());
            }
        }
        Imm::Memory(x) => items.push(entity_name(m.memories.get(x).map(|d| &d.name))),
        Imm::Global(x) => items.push(entity_name(m.globals.get(x).map(|d| &d.name))),
        Imm::Slot(s) => items.push(slots.map_or_else(|| format!("#undefined.{}", s.as_u32()), |n| n.get(s))),
        Imm::Data { data, addend } => {
            items.push(entity_name(m.data.get(data).map(|d| &d.name)));
            if addend != 0 {
                items.push(format!("addend={addend}"));
            }
        }
        Imm::FuncIndex { table, func } => {
            items.push(entity_name(m.tables.get(table).map(|d| &d.name)));
            items.push(func_name(m, func));
        }
        Imm::Table(table) => items.push(entity_name(m.tables.get(table).map(|d| &d.name))),
        Imm::Func(func) => items.push(func_name(m, func)),
    }
    format!("[{}]", items.join(", "))
}

/// The printed names of a body's slots: named ones as written (made unique), anonymous ones
/// numbered in declaration order.
struct SlotNames(SecondaryMap<Slot, String>);

impl SlotNames {
    fn new(body: &Body) -> SlotNames {
        let mut names = SecondaryMap::new();
        let mut used: FxHashSet<String> = FxHashSet::default();
        let mut anon = 0u32;
        for (s, d) in body.slots.iter() {
            let text = match &d.name {
                Some(n) => {
                    let mut t = sigil_name('#', n);
                    let mut k = 0u32;
                    while used.contains(&t) {
                        k += 1;
                        t = sigil_name('#', &format!("{n}.{k}"));
                    }
                    t
                }
                None => {
                    anon += 1;
                    format!("#{}", anon - 1)
                }
            };
            used.insert(text.clone());
            names[s] = text;
        }
        SlotNames(names)
    }

    fn get(&self, s: Slot) -> String {
        match self.0.get(s) {
            Some(n) if !n.is_empty() => n.clone(),
            _ => format!("#undefined.{}", s.as_u32()),
        }
    }
}

/// `@name`, quoted when it has characters outside the identifier set.
pub fn func_name(m: &Module, f: FuncId) -> String {
    match m.funcs.get(f) {
        Some(func) => sigil_name('@', &func.name),
        None => format!("@{f}"),
    }
}

/// `name` with its sigil (`@f`, `$g`), quoted when it is not a plain identifier (spec §2.1).
pub fn sigil_name(sigil: char, name: &str) -> String {
    if is_ident(name) {
        format!("{sigil}{name}")
    } else {
        format!("{sigil}{}", quote(name))
    }
}

/// Whether `s` is spelled as a bare identifier (`[A-Za-z_][A-Za-z0-9_.$]*`).
pub fn is_ident(s: &str) -> bool {
    let mut cs = s.chars();
    matches!(cs.next(), Some(c) if c.is_ascii_alphabetic() || c == '_')
        && cs.all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '$'))
}

/// A string literal with the escapes of spec §2.1.
pub fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{{{:x}}}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// `(i32, i64) -> f64` as signatures are written.
fn sig_text(sig: &Signature) -> String {
    let mut out = String::from("(");
    join(&mut out, sig.params.iter().enumerate().map(|(i, &t)| qtype(sig.kinds.param(i), t)));
    out.push(')');
    match sig.results.as_slice() {
        [] => {}
        [t] => {
            let _ = write!(out, " -> {}", qtype(sig.kinds.result(0), *t));
        }
        ts => {
            out.push_str(" -> (");
            join(&mut out, ts.iter().enumerate().map(|(i, &t)| qtype(sig.kinds.result(i), t)));
            out.push(')');
        }
    }
    out
}

/// `own i32`, `i32`: a type with its ownership qualifier (spec §13.1).
pub fn qtype(kind: Kind, ty: Type) -> String {
    match kind {
        Kind::Trivial => ty.name().to_string(),
        k => format!("{} {ty}", k.keyword()),
    }
}

fn print_sig(out: &mut String, f: &Function) {
    out.push_str(&sig_text(&f.sig));
    if let Some(loc) = &f.loc {
        let _ = write!(out, " loc {} {}:{}", quote(&loc.file), loc.line, loc.col);
    }
}

fn join(out: &mut String, items: impl Iterator<Item = String>) {
    for (i, s) in items.enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&s);
    }
}

fn print_function(out: &mut String, m: &Module, id: FuncId, f: &Function) {
    match &f.kind {
        FunctionKind::Import { module, field } => {
            let _ = write!(out, "import {} {} fn {}", quote(module), quote(field), func_name(m, id));
            print_sig(out, f);
            out.push('\n');
        }
        FunctionKind::Defined(body) => {
            let _ = write!(out, "fn {}", func_name(m, id));
            print_sig(out, f);
            out.push_str(" {\n");
            let names = Names::new(body);
            let slots = SlotNames::new(body);
            for (s, d) in body.slots.iter() {
                let align = if d.align == 1 { String::new() } else { format!(" align {}", d.align) };
                let _ = writeln!(out, "    slot {}: {}{align}", slots.get(s), d.size);
            }
            for &b in &body.layout {
                print_block(out, m, body, &names, &slots, f.loc.as_ref().map(|l| l.file.as_str()), b);
            }
            out.push_str("}\n");
        }
    }
}

/// The printed spelling of every value and block of one body: named ones as written, anonymous
/// ones numbered in order of definition in the layout (`%0`, `^0`). Diagnostics use it too, so
/// that a message about IR a pass built names things as `print_module` prints them. Tolerates
/// dangling entity references (it never indexes past an arena): an anonymous value or block
/// outside the layout prints as `%undefined.N` / `^undefined.N`.
pub struct Names {
    values: SecondaryMap<Value, Option<String>>,
    blocks: SecondaryMap<Block, Option<String>>,
}

impl Names {
    /// Numbers the anonymous values and blocks of `body`.
    pub fn new(body: &Body) -> Names {
        let mut values: SecondaryMap<Value, Option<String>> = SecondaryMap::new();
        let mut blocks: SecondaryMap<Block, Option<String>> = SecondaryMap::new();
        let (mut nv, mut nb) = (0u32, 0u32);
        // Names must be unique in a function for the text to parse back. Text always is, but IR
        // built in memory (a builder, an inliner) may repeat a name: the later one gets the first
        // free `name.k`, in definition order, so the result is deterministic.
        let mut used_values: FxHashSet<String> = FxHashSet::default();
        let mut used_blocks: FxHashSet<String> = FxHashSet::default();
        let unique = |sigil: char, n: &str, used: &mut FxHashSet<String>| {
            let mut s = sigil_name(sigil, n);
            let mut k = 0u32;
            while used.contains(&s) {
                k += 1;
                s = sigil_name(sigil, &format!("{n}.{k}"));
            }
            used.insert(s.clone());
            s
        };
        let mut name_value =
            |v: Value, values: &mut SecondaryMap<Value, Option<String>>, used: &mut FxHashSet<String>| {
                // Only entities that exist are written: a dangling index could be huge, and writing it
                // into a `SecondaryMap` would allocate up to it.
                let Some(data) = body.values.get(v) else { return };
                if values[v].is_some() {
                    return;
                }
                let s = match &data.name {
                    Some(n) => unique('%', n, used),
                    None => {
                        nv += 1;
                        format!("%{}", nv - 1)
                    }
                };
                values[v] = Some(s);
            };
        for &b in &body.layout {
            let Some(data) = body.blocks.get(b) else { continue };
            if blocks[b].is_none() {
                blocks[b] = Some(match &data.name {
                    Some(n) => unique('^', n, &mut used_blocks),
                    None => {
                        nb += 1;
                        format!("^{}", nb - 1)
                    }
                });
            }
            for &p in &data.params {
                name_value(p, &mut values, &mut used_values);
            }
            for &i in &data.insts {
                for &r in body.insts.get(i).map(|d| d.results.as_slice()).unwrap_or(&[]) {
                    name_value(r, &mut values, &mut used_values);
                }
            }
        }
        // Named entities outside the layout keep their names (made unique the same way).
        for (v, data) in body.values.iter() {
            if values[v].is_none() {
                values[v] = data.name.as_deref().map(|n| unique('%', n, &mut used_values));
            }
        }
        for (b, data) in body.blocks.iter() {
            if blocks[b].is_none() {
                blocks[b] = data.name.as_deref().map(|n| unique('^', n, &mut used_blocks));
            }
        }
        Names { values, blocks }
    }

    /// `%name`, `%3`, or `%undefined.N`.
    pub fn value(&self, v: Value) -> String {
        self.values[v].clone().unwrap_or_else(|| format!("%undefined.{}", v.as_u32()))
    }

    /// `^name`, `^3`, or `^undefined.N`.
    pub fn block(&self, b: Block) -> String {
        self.blocks[b].clone().unwrap_or_else(|| format!("^undefined.{}", b.as_u32()))
    }

    fn target(&self, t: &BlockCall) -> String {
        if t.args.is_empty() {
            self.block(t.block)
        } else {
            let args: Vec<String> = t.args.iter().map(|&a| self.value(a)).collect();
            format!("{}({})", self.block(t.block), args.join(", "))
        }
    }
}

fn print_block(
    out: &mut String,
    m: &Module,
    body: &Body,
    names: &Names,
    slots: &SlotNames,
    func_file: Option<&str>,
    b: Block,
) {
    let data = &body.blocks[b];
    out.push_str(&names.block(b));
    if !data.params.is_empty() {
        out.push('(');
        join(out, data.params.iter().map(|&p| format!("{}: {}", names.value(p), qtype(body.kinds[p], body.ty(p)))));
        out.push(')');
    }
    out.push_str(":\n");
    for &i in &data.insts {
        let inst = &body.insts[i];
        out.push_str("    ");
        if !inst.results.is_empty() {
            join(out, inst.results.iter().map(|&r| names.value(r)));
            out.push_str(" = ");
        }
        let args = || inst.args.iter().map(|&a| names.value(a)).collect::<Vec<_>>().join(", ");
        match &inst.kind {
            InstKind::Const(c) => {
                let _ = write!(out, "{}.const {}", c.ty, const_literal(*c));
            }
            InstKind::Op(op) => {
                out.push_str(op.name());
                // `externref.null` has no operand: no trailing space.
                if !inst.args.is_empty() {
                    out.push(' ');
                    out.push_str(&args());
                }
            }
            InstKind::OpImm(op, imm) => {
                let _ = write!(out, "{}{}", op.name(), imm_text(m, Some(*op), imm, Some(slots)));
                if !inst.args.is_empty() {
                    out.push(' ');
                    out.push_str(&args());
                }
            }
            InstKind::Call(f) => {
                let _ = write!(out, "call {}({})", func_name(m, *f), args());
            }
            InstKind::CallIndirect { table, sig } => {
                let callee = inst.args.first().map(|&a| names.value(a)).unwrap_or_else(|| "%undefined".into());
                let rest: Vec<String> = inst.args.iter().skip(1).map(|&a| names.value(a)).collect();
                let _ = write!(
                    out,
                    "call_indirect[{}, {}] {callee}({})",
                    entity_name(m.tables.get(*table).map(|d| &d.name)),
                    entity_name(m.sigs.get(*sig).map(|d| &d.name)),
                    rest.join(", ")
                );
            }
            InstKind::TrapIf { nonzero } => {
                let _ = write!(out, "{} {}", if *nonzero { "trapnz" } else { "trapz" }, args());
            }
            InstKind::Br(t) => {
                let _ = write!(out, "br {}", names.target(t));
            }
            InstKind::BrIf { then_dest, else_dest } => {
                let _ = write!(out, "br_if {}, {}, {}", args(), names.target(then_dest), names.target(else_dest));
            }
            InstKind::Switch { default, cases } => {
                let ty = inst.args.first().map(|&a| body.ty(a)).unwrap_or(Type::I64);
                let cases: Vec<String> = cases
                    .iter()
                    .map(|(k, t)| format!("{}: {}", int_literal(ty, *k as u128), names.target(t)))
                    .collect();
                let _ = write!(out, "switch {}, {}, [{}]", args(), names.target(default), cases.join(", "));
            }
            InstKind::Return => {
                out.push_str("return");
                if !inst.args.is_empty() {
                    out.push(' ');
                    out.push_str(&args());
                }
            }
            InstKind::Trap => out.push_str("trap"),
            InstKind::Own(op) => {
                let _ = write!(out, "{} {}", op.name(), args());
            }
        }
        if let Some(Some(l)) = body.locs.get(i) {
            let file = m.files.get(l.file as usize).map(String::as_str).unwrap_or("");
            if func_file == Some(file) {
                let _ = write!(out, " loc {}:{}", l.line, l.col);
            } else {
                let _ = write!(out, " loc {} {}:{}", quote(file), l.line, l.col);
            }
        }
        out.push('\n');
    }
}

/// An integer of type `ty` from its zero-extended bits, as signed decimal.
pub fn int_literal(ty: Type, bits: u128) -> String {
    match ty {
        Type::I32 | Type::F32 | Type::Ptr => (bits as u32 as i32).to_string(),
        Type::I64 | Type::F64 => (bits as u64 as i64).to_string(),
        Type::I128 => (bits as i128).to_string(),
        // No text reads a reference literal back (the verifier rejects one, E0269); its handle
        // is printed so that a dump still shows it.
        Type::ExternRef | Type::FuncRef => (bits as u32).to_string(),
    }
}

/// The literal of a constant as `T.const` takes it.
pub fn const_literal(c: Constant) -> String {
    match c.ty {
        Type::I32 | Type::I64 | Type::I128 | Type::Ptr | Type::ExternRef | Type::FuncRef => int_literal(c.ty, c.bits),
        Type::F32 => float_literal(
            f32::from_bits(c.bits as u32).is_nan(),
            c.bits >> 31 & 1 == 1,
            c.bits as u64 & 0x7f_ffff,
            0x40_0000,
            || format!("{:?}", f32::from_bits(c.bits as u32)),
        ),
        Type::F64 => float_literal(
            f64::from_bits(c.bits as u64).is_nan(),
            c.bits >> 63 & 1 == 1,
            c.bits as u64 & 0xf_ffff_ffff_ffff,
            0x8_0000_0000_0000,
            || format!("{:?}", f64::from_bits(c.bits as u64)),
        ),
    }
}

fn float_literal(is_nan: bool, neg: bool, payload: u64, canonical: u64, finite: impl Fn() -> String) -> String {
    if !is_nan {
        // Rust's `Debug` for floats is the shortest decimal that reads back to the same bits and
        // spells infinities `inf`/`-inf`, as the lexer expects.
        return finite();
    }
    let sign = if neg { "-" } else { "" };
    if payload == canonical {
        format!("{sign}nan")
    } else {
        format!("{sign}nan:0x{payload:x}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeated_names_print_unique_and_parse_back() {
        use crate::ir::{Export, Signature};
        // fn(i32) -> i32 whose block and three values are all called `x`, and one value `x.1`.
        let mut body = Body::default();
        let b0 = body.add_block(Some("x".into()));
        let p = body.add_block_param(b0, Type::I32, Some("x".into()));
        let i = body.append_inst(b0, InstKind::Op(crate::ir::Opcode::I32Add), vec![p, p], &[Type::I32]);
        let r1 = body.insts[i].results[0];
        body.values[r1].name = Some("x".into());
        let j = body.append_inst(b0, InstKind::Op(crate::ir::Opcode::I32Mul), vec![r1, p], &[Type::I32]);
        let r2 = body.insts[j].results[0];
        body.values[r2].name = Some("x.1".into());
        let b1 = body.add_block(Some("x".into()));
        let q = body.add_block_param(b1, Type::I32, Some("x".into()));
        body.append_inst(b0, InstKind::Br(BlockCall { block: b1, args: vec![r2] }), vec![], &[]);
        body.append_inst(b1, InstKind::Return, vec![q], &[]);
        let mut m = Module::default();
        let sig = Signature::new(vec![Type::I32], vec![Type::I32]);
        let f = m.funcs.push(Function { name: "f".into(), sig, loc: None, kind: FunctionKind::Defined(body) });
        m.exports.push(Export { name: "f".into(), item: crate::ir::ExportItem::Func(f) });
        let text = print_module(&m);
        for want in [
            "^x(%x: i32):",
            "%x.1 = i32.add %x, %x",
            "%x.1.1 = i32.mul %x.1, %x",
            "br ^x.1(%x.1.1)",
            "^x.1(%x.2: i32):",
            "return %x.2",
        ] {
            assert!(text.contains(want), "{want} missing:\n{text}");
        }
        let (again, _) = crate::parse(&text).unwrap_or_else(|d| panic!("{d:?}\n{text}"));
        assert_eq!(print_module(&again), text);
    }

    #[test]
    fn float_literals_keep_every_bit() {
        assert_eq!(const_literal(Constant::f64(1.5)), "1.5");
        assert_eq!(const_literal(Constant::f64(-0.0)), "-0.0");
        assert_eq!(const_literal(Constant::f64(f64::INFINITY)), "inf");
        assert_eq!(const_literal(Constant::f32(f32::NEG_INFINITY)), "-inf");
        assert_eq!(const_literal(Constant::f64(f64::NAN)), "nan");
        assert_eq!(const_literal(Constant { ty: Type::F32, bits: 0x7f80_0001 }), "nan:0x1");
        assert_eq!(const_literal(Constant { ty: Type::F32, bits: 0xffc0_0000 }), "-nan");
        assert_eq!(const_literal(Constant::i32(-1)), "-1");
        assert_eq!(const_literal(Constant::i64(i64::MIN)), "-9223372036854775808");
    }

    #[test]
    fn names_are_quoted_when_needed() {
        assert_eq!(sigil_name('@', "fib"), "@fib");
        assert_eq!(sigil_name('@', "core::num::f"), "@\"core::num::f\"");
        assert_eq!(sigil_name('@', "3x"), "@\"3x\"");
    }
}
