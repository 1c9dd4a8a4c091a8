//! The `name` custom section (spec §7.7): function names and local names, for debuggers, stack
//! traces and `wasm-tools print`.
//!
//! A function is named as in the IR (without `@`). A local is named after the named values it
//! holds, in coloring order, deduplicated and joined by `|` (`x|k1`): wat identifiers allow `|`.
//! Locals that only hold anonymous values stay unnamed; scratch locals are `tmp.<type>.<k>`; the
//! stack frame's are `sp.old` (the stack pointer at entry) and `fp` (the frame pointer).
//!
//! A name longer than wasm's string limit ([`MAX_NAME_BYTES`]) is left out, as in `crate::emit`
//! for function names: readers of the section stop at the first such string, so writing it would
//! lose the names after it as well.

use crate::locals::Locals;
use wasm_encoder::NameMap;
use wasmir_syntax::ir::Body;
use wasmir_verify::limits::MAX_NAME_BYTES;

/// The local names of one function.
pub fn locals(body: &Body, locals: &Locals) -> NameMap {
    let mut names = NameMap::new();
    for (l, members) in locals.members.iter().enumerate() {
        // A local of a big function may hold thousands of values: dedup through a set (the
        // output keeps first-seen order, so it stays deterministic) and stop once the name is
        // over the limit, since it is then left out anyway.
        let mut parts: Vec<&str> = Vec::new();
        let mut seen: std::collections::HashSet<&str> = std::collections::HashSet::new();
        let mut len = 0;
        for &v in members {
            if let Some(n) = body.values.get(v).and_then(|d| d.name.as_deref()) {
                if seen.insert(n) {
                    parts.push(n);
                    len += n.len() + 1;
                    if len > MAX_NAME_BYTES + 1 {
                        break;
                    }
                }
            }
        }
        let scratch = locals.scratch.iter().filter(|(_, s)| *s as usize <= l);
        let frame = locals.frame.and_then(|(old, fp)| match l as u32 {
            x if x == old => Some("sp.old"),
            x if x == fp => Some("fp"),
            _ => None,
        });
        let name = match locals.scratch.iter().find(|(_, s)| *s as usize == l) {
            Some(&(ty, _)) => Some(format!("tmp.{ty}.{}", scratch.filter(|(t, _)| *t == ty).count() - 1)),
            None if frame.is_some() => frame.map(str::to_string),
            None if !parts.is_empty() => Some(parts.join("|")),
            None => None,
        };
        if let Some(name) = name.filter(|n| n.len() <= MAX_NAME_BYTES) {
            names.append(l as u32, &name);
        }
    }
    names
}
