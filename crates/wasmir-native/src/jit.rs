//! The one place with `unsafe` code: the `vmctx` structure generated code reads and writes, the
//! extern "C" helpers generated code calls (they turn the `vmctx` pointer back into the host's
//! state), and the call from Rust into generated code.
//!
//! Why it is sound, in short: generated code only touches memory through the `vmctx` it is
//! given (its fields at the offsets below, linear memory after an explicit bounds check against
//! `mem_size`, the globals array at the offsets of existing globals); the host builds that
//! `vmctx` from a live `&mut Instance` state for exactly the duration of one call and does not
//! touch the state while generated code runs; helpers are only ever called by generated code,
//! with the `vmctx` it was given. Every other module of the crate is safe code.

use crate::abi::{self, Helper};
use crate::runtime::State;
use core::mem::offset_of;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::{Arc, Mutex};
use wasmir_interp::TrapKind;

/// What generated code sees of an instance: a C struct whose field offsets the translator
/// bakes into the code ([`OFF_MEM_BASE`] ...).
#[repr(C)]
#[derive(Debug)]
pub struct VmCtx {
    /// Start of linear memory (changes when `memory.grow` reallocates).
    pub mem_base: *mut u8,
    /// Size of linear memory in bytes.
    pub mem_size: u64,
    /// The globals, one 16-byte little-endian cell each.
    pub globals: *mut u128,
    /// 0, or the code of the trap that stopped the run ([`abi::trap_code`]).
    pub trap_kind: u32,
    /// The function that trapped ([`abi::NONE`] when unknown).
    pub trap_func: u32,
    /// The instruction that trapped ([`abi::NONE`] when unknown).
    pub trap_inst: u32,
    /// Calls that may still be made before `StackOverflow`.
    pub depth: u32,
    /// The shadow stack pointer (spec §12.3).
    pub sp: u32,
    /// The host state the helpers work on.
    pub state: *mut State,
}

/// Offset of [`VmCtx::mem_base`].
pub const OFF_MEM_BASE: i32 = offset_of!(VmCtx, mem_base) as i32;
/// Offset of [`VmCtx::mem_size`].
pub const OFF_MEM_SIZE: i32 = offset_of!(VmCtx, mem_size) as i32;
/// Offset of [`VmCtx::globals`].
pub const OFF_GLOBALS: i32 = offset_of!(VmCtx, globals) as i32;
/// Offset of [`VmCtx::trap_kind`].
pub const OFF_TRAP_KIND: i32 = offset_of!(VmCtx, trap_kind) as i32;
/// Offset of [`VmCtx::trap_func`].
pub const OFF_TRAP_FUNC: i32 = offset_of!(VmCtx, trap_func) as i32;
/// Offset of [`VmCtx::trap_inst`].
pub const OFF_TRAP_INST: i32 = offset_of!(VmCtx, trap_inst) as i32;
/// Offset of [`VmCtx::depth`].
pub const OFF_DEPTH: i32 = offset_of!(VmCtx, depth) as i32;
/// Offset of [`VmCtx::sp`].
pub const OFF_SP: i32 = offset_of!(VmCtx, sp) as i32;

impl VmCtx {
    /// A context over `state` and `globals` (both must outlive every call made with it).
    pub fn new(state: &mut State, globals: &mut [u128], depth: u32, sp: u32) -> VmCtx {
        let mut cx = VmCtx {
            mem_base: core::ptr::null_mut(),
            mem_size: 0,
            globals: globals.as_mut_ptr(),
            trap_kind: 0,
            trap_func: abi::NONE,
            trap_inst: abi::NONE,
            depth,
            sp,
            state,
        };
        cx.sync_memory(state);
        cx
    }

    /// Points `mem_base`/`mem_size` at `state`'s memory (after it may have moved).
    fn sync_memory(&mut self, state: &mut State) {
        self.mem_base = state.memory.as_mut_ptr();
        self.mem_size = state.memory.len() as u64;
    }

    fn set_trap(&mut self, kind: TrapKind) {
        self.trap_kind = abi::trap_code(kind);
    }
}

/// The context and state behind a `vmctx` pointer.
///
/// SAFETY (for callers): `vmctx` is the pointer the host passed to generated code for the
/// current call (see [`call`]); it and its `state` are valid and not otherwise borrowed while
/// generated code runs.
unsafe fn parts<'a>(vmctx: *mut VmCtx) -> (&'a mut VmCtx, &'a mut State) {
    // SAFETY: see the function's contract; `state` is a different allocation from the `VmCtx`.
    unsafe {
        let cx = &mut *vmctx;
        let st = &mut *cx.state;
        (cx, st)
    }
}

extern "C" fn memory_grow(vmctx: *mut VmCtx, delta: u32) -> u32 {
    // SAFETY: only generated code calls helpers, with the vmctx of the running call.
    let (cx, st) = unsafe { parts(vmctx) };
    let r = st.memory_grow(delta);
    cx.sync_memory(st);
    r
}

extern "C" fn table_get(vmctx: *mut VmCtx, table: u32, index: u32) -> u64 {
    // SAFETY: only generated code calls helpers, with the vmctx of the running call.
    let (cx, st) = unsafe { parts(vmctx) };
    st.table_get(table, index).unwrap_or_else(|k| {
        cx.set_trap(k);
        0
    })
}

extern "C" fn table_set(vmctx: *mut VmCtx, table: u32, index: u32, value: u64) {
    // SAFETY: only generated code calls helpers, with the vmctx of the running call.
    let (cx, st) = unsafe { parts(vmctx) };
    if let Err(k) = st.table_set(table, index, value) {
        cx.set_trap(k);
    }
}

extern "C" fn table_size(vmctx: *mut VmCtx, table: u32) -> u32 {
    // SAFETY: only generated code calls helpers, with the vmctx of the running call.
    let (_, st) = unsafe { parts(vmctx) };
    st.table_size(table)
}

extern "C" fn table_grow(vmctx: *mut VmCtx, table: u32, init: u64, delta: u32) -> u32 {
    // SAFETY: only generated code calls helpers, with the vmctx of the running call.
    let (_, st) = unsafe { parts(vmctx) };
    st.table_grow(table, init, delta)
}

extern "C" fn indirect(vmctx: *mut VmCtx, table: u32, index: u32, sig: u32) -> u64 {
    // SAFETY: only generated code calls helpers, with the vmctx of the running call.
    let (cx, st) = unsafe { parts(vmctx) };
    match st.indirect(table, index, sig) {
        Ok(code) => code as u64,
        Err(k) => {
            cx.set_trap(k);
            0
        }
    }
}

extern "C" fn panic_write(vmctx: *mut VmCtx, ptr: u32, len: u32) {
    // SAFETY: only generated code calls helpers, with the vmctx of the running call.
    let (_, st) = unsafe { parts(vmctx) };
    st.panic_write(ptr, len);
}

/// The address of `helper`'s Rust definition, for the JIT's symbol table.
pub fn helper_address(helper: Helper) -> *const u8 {
    match helper {
        Helper::MemoryGrow => memory_grow as *const u8,
        Helper::TableGet => table_get as *const u8,
        Helper::TableSet => table_set as *const u8,
        Helper::TableSize => table_size as *const u8,
        Helper::TableGrow => table_grow as *const u8,
        Helper::Indirect => indirect as *const u8,
        Helper::PanicWrite => panic_write as *const u8,
    }
}

/// A compiled entry trampoline (`abi::trampoline_signature`): the only way Rust calls generated
/// code.
#[derive(Clone, Copy, Debug)]
pub struct Entry(*const u8);

impl Entry {
    /// Wraps the finalized code address of a trampoline made by `translate::trampoline`.
    pub fn new(code: *const u8) -> Entry {
        Entry(code)
    }
}

/// Host stack of the worker thread: generated code recurses on the host stack, up to the depth
/// limit of 10,000 frames like the interpreter's, so calls run on a thread with room for that
/// (virtual memory: only the pages touched are backed).
const CALL_STACK_BYTES: usize = 1 << 30;

/// Raw pointers that may cross to the worker thread: they are only used there, while the caller
/// waits for the worker to finish the job.
#[derive(Clone, Copy)]
struct Shared<T>(T);
// SAFETY: the pointers inside are used by exactly one thread at a time: the caller blocks in
// `Worker::call` until the worker has stored `DONE`, and does not touch what they point to
// meanwhile.
unsafe impl<T> Send for Shared<T> {}

/// One call into generated code: trampoline, `vmctx`, argument cells, result cells.
type Job = Shared<(*const u8, *mut VmCtx, *const u128, *mut u128)>;

/// Runs one job on the current thread.
fn run(job: Job) {
    let Shared((code, cx, a, r)) = job;
    // SAFETY: `code` is a finalized trampoline of the live JIT module that made it, whose
    // signature is `extern "C" fn(*mut VmCtx, *const u128, *mut u128)` in the host's calling
    // convention; `cx` comes from a live `&mut VmCtx` over live state; `a` and `r` hold one cell
    // per parameter and result of the trampoline's function (checked by the caller). The caller
    // of `Worker::call` blocks until the job is done, so all of them outlive it.
    unsafe {
        let f = core::mem::transmute::<*const u8, extern "C" fn(*mut VmCtx, *const u128, *mut u128)>(code);
        f(cx, a, r);
    }
}

/// The handoff between a caller and its worker: a job slot and a state word. Both sides spin and
/// yield a little before they sleep (`park`): waking a sleeping thread costs a scheduler round
/// trip, which on a loaded or virtual machine is tens of microseconds per call.
struct Mailbox {
    state: AtomicU8,
    job: Mutex<Option<Job>>,
    caller: Mutex<Option<std::thread::Thread>>,
}

const IDLE: u8 = 0;
const READY: u8 = 1;
const DONE: u8 = 2;
const EXIT: u8 = 3;

/// Spins and yields before sleeping: some tens of microseconds.
const SPINS: u32 = 2000;

/// A thread with a large stack that runs an instance's calls one at a time (spawned once per
/// instance: a thread per call costs tens of microseconds).
pub struct Worker {
    mail: Arc<Mailbox>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl core::fmt::Debug for Worker {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str("Worker")
    }
}

/// Waits until `ready` holds: spins first, then sleeps until unparked (the other side always
/// unparks after changing the state, and a `park` after an `unpark` returns at once, so no
/// wake-up is lost). With `give_up`, sleeps a millisecond at most and returns `false` as soon as
/// it says to stop.
fn wait(mut ready: impl FnMut() -> bool, give_up: Option<&dyn Fn() -> bool>) -> bool {
    let mut spins = 0;
    while !ready() {
        if spins < SPINS {
            // A few pure spins, then yields: when both threads share a core, spinning would only
            // keep the other one from running.
            spins += 1;
            if spins < 64 {
                std::hint::spin_loop();
            } else {
                std::thread::yield_now();
            }
            continue;
        }
        match give_up {
            Some(stop) if stop() => return false,
            Some(_) => std::thread::park_timeout(std::time::Duration::from_millis(1)),
            None => std::thread::park(),
        }
    }
    true
}

impl Worker {
    /// A new worker thread; `None` if the system refuses one (calls then run on the caller's
    /// stack).
    pub fn new() -> Option<Worker> {
        let mail = Arc::new(Mailbox { state: AtomicU8::new(IDLE), job: Mutex::new(None), caller: Mutex::new(None) });
        let inbox = Arc::clone(&mail);
        let thread = std::thread::Builder::new()
            .name("wasmir-native".into())
            .stack_size(CALL_STACK_BYTES)
            .spawn(move || loop {
                let state = &inbox.state;
                wait(|| matches!(state.load(Ordering::Acquire), READY | EXIT), None);
                if state.load(Ordering::Acquire) == EXIT {
                    return;
                }
                if let Some(job) = inbox.job.lock().ok().and_then(|mut j| j.take()) {
                    run(job);
                }
                state.store(DONE, Ordering::Release);
                if let Some(c) = inbox.caller.lock().ok().and_then(|c| c.clone()) {
                    c.unpark();
                }
            })
            .ok()?;
        Some(Worker { mail, thread: Some(thread) })
    }

    /// Runs `entry` with `vmctx`, arguments `args` and result cells `results` (16 bytes each, as
    /// many as the function has results) on the worker; returns when generated code returns
    /// (normally or with the trap slot set).
    pub fn call(&self, entry: Entry, vmctx: &mut VmCtx, args: &[u128], results: &mut [u128]) {
        let job = Shared((entry.0, vmctx as *mut VmCtx, args.as_ptr(), results.as_mut_ptr()));
        let (Some(thread), Ok(mut slot), Ok(mut caller)) =
            (&self.thread, self.mail.job.lock(), self.mail.caller.lock())
        else {
            // Without the worker, run here: deep recursion may then exhaust this stack.
            return run(job);
        };
        *slot = Some(job);
        *caller = Some(std::thread::current());
        drop((slot, caller));
        self.mail.state.store(READY, Ordering::Release);
        thread.thread().unpark();
        let state = &self.mail.state;
        // The worker ends only when this `Worker` is dropped; should it die mid-call, the
        // results are lost: report invalid rather than return garbage.
        if !wait(|| state.load(Ordering::Acquire) == DONE, Some(&|| thread.is_finished())) {
            vmctx.set_trap(TrapKind::Invalid);
        }
        state.store(IDLE, Ordering::Relaxed);
    }
}

/// Runs a call on the current thread (when no worker thread can be had).
pub fn call_here(entry: Entry, vmctx: &mut VmCtx, args: &[u128], results: &mut [u128]) {
    run(Shared((entry.0, vmctx as *mut VmCtx, args.as_ptr(), results.as_mut_ptr())));
}

impl Drop for Worker {
    fn drop(&mut self) {
        self.mail.state.store(EXIT, Ordering::Release);
        if let Some(t) = self.thread.take() {
            t.thread().unpark();
            let _ = t.join();
        }
    }
}

/// Owns the JIT's code memory and frees it on drop (cranelift-jit leaks it otherwise).
pub struct Code(Option<cranelift_jit::JITModule>);

impl Code {
    /// Takes ownership of a finalized module.
    pub fn new(module: cranelift_jit::JITModule) -> Code {
        Code(Some(module))
    }
}

impl core::fmt::Debug for Code {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str("Code")
    }
}

impl Drop for Code {
    fn drop(&mut self) {
        if let Some(m) = self.0.take() {
            // SAFETY: the code addresses of this module live only in the `NativeModule` that owns
            // this `Code` (its entries and function table) and in instances that borrow it, so
            // none is used after the module is dropped.
            unsafe { m.free_memory() };
        }
    }
}
