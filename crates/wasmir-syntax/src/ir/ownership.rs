//! Ownership kinds and the ownership instructions (spec chapter 13 and §6.10; decision record
//! `wasmir-spec/design/ownership.md`, O1-O6).
//!
//! Ownership is a property of SSA values fixed where they are defined (Swift SIL's
//! `ValueOwnershipKind`), and a qualifier of the positions that define or take them (parameters,
//! results, block parameters): never part of [`super::Type`], so that every backend keeps matching
//! on wasm's value types only. `strip-ownership` (wasmir-opt) erases all of it before the passes.

/// The ownership kind of a value or of a position (spec §13.1, O1).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    /// No obligation: any number of uses. Every value of a module without qualifiers.
    #[default]
    Trivial,
    /// `own T`: affine, consumed at most once on every path; may die unconsumed.
    Own,
    /// `linear T`: consumed exactly once on every path that returns normally (a trap discharges).
    Linear,
    /// `borrow T`: a shared borrow, usable inside its scope, ended once by `end_borrow`.
    Borrow,
    /// `borrow mut T`: an exclusive borrow; no other access to its owner while it is live.
    BorrowMut,
}

impl Kind {
    /// The qualifier as the text writes it before a type (`""` for trivial).
    pub fn keyword(self) -> &'static str {
        match self {
            Kind::Trivial => "",
            Kind::Own => "own",
            Kind::Linear => "linear",
            Kind::Borrow => "borrow",
            Kind::BorrowMut => "borrow mut",
        }
    }

    /// `own` or `linear`: the value carries an obligation that a consuming use discharges.
    pub fn is_owner(self) -> bool {
        matches!(self, Kind::Own | Kind::Linear)
    }

    /// `borrow` or `borrow mut`.
    pub fn is_borrow(self) -> bool {
        matches!(self, Kind::Borrow | Kind::BorrowMut)
    }
}

/// The kinds of a signature's parameters and results, parallel to its types. Both vectors are
/// empty when every position is trivial (the form every constructor and the resolver keep, so
/// that signatures that differ only in how "all trivial" is spelled compare equal).
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct SigKinds {
    /// One kind per parameter, or empty.
    pub params: Vec<Kind>,
    /// One kind per result, or empty.
    pub results: Vec<Kind>,
}

impl SigKinds {
    /// Kinds from per-position lists; all-trivial lists become empty.
    pub fn new(params: Vec<Kind>, results: Vec<Kind>) -> SigKinds {
        if params.iter().chain(&results).all(|&k| k == Kind::Trivial) {
            SigKinds::default()
        } else {
            SigKinds { params, results }
        }
    }

    /// Whether every position is trivial.
    pub fn is_trivial(&self) -> bool {
        self.params.is_empty() && self.results.is_empty()
    }

    /// The kind of parameter `i` (trivial when unrecorded).
    pub fn param(&self, i: usize) -> Kind {
        self.params.get(i).copied().unwrap_or_default()
    }

    /// The kind of result `i` (trivial when unrecorded).
    pub fn result(&self, i: usize) -> Kind {
        self.results.get(i).copied().unwrap_or_default()
    }
}

/// The ownership instructions (spec §13.3, O2-O6). Each takes one operand; the first four define
/// one result of the operand's type and the named kind. None has a run-time effect: the
/// interpreter runs them as the identity or as nothing, and `strip-ownership` deletes them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum OwnOp {
    /// `%v = own %x`: mints an affine obligation from trivial bits.
    Own,
    /// `%v = linear %x`: mints a linear obligation from trivial bits.
    Linear,
    /// `%b = borrow %x`: opens a shared borrow scope of the owner `%x`.
    Borrow,
    /// `%b = borrow mut %x`: opens an exclusive borrow scope of the owner `%x`.
    BorrowMut,
    /// `end_borrow %b`: closes the scope opened by `%b`.
    EndBorrow,
    /// `drop %x`: consumes an `own` or `linear` value and does nothing else.
    Drop,
}

impl OwnOp {
    /// Every ownership instruction, in the order of the spec's table.
    pub const ALL: [OwnOp; 6] =
        [OwnOp::Own, OwnOp::Linear, OwnOp::Borrow, OwnOp::BorrowMut, OwnOp::EndBorrow, OwnOp::Drop];

    /// The mnemonic as the text writes it.
    pub fn name(self) -> &'static str {
        match self {
            OwnOp::Own => "own",
            OwnOp::Linear => "linear",
            OwnOp::Borrow => "borrow",
            OwnOp::BorrowMut => "borrow mut",
            OwnOp::EndBorrow => "end_borrow",
            OwnOp::Drop => "drop",
        }
    }

    /// The kind of the value it defines; `None` for `end_borrow` and `drop`, which define none.
    pub fn result_kind(self) -> Option<Kind> {
        match self {
            OwnOp::Own => Some(Kind::Own),
            OwnOp::Linear => Some(Kind::Linear),
            OwnOp::Borrow => Some(Kind::Borrow),
            OwnOp::BorrowMut => Some(Kind::BorrowMut),
            OwnOp::EndBorrow | OwnOp::Drop => None,
        }
    }
}
