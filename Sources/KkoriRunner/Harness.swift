/// The small Python program that runs a solution, passed to the interpreter with `-c` (so no file of
/// kkori's has to be readable by the solution).
///
/// It reads its settings from argv[1] (JSON), sets the limits, imports numpy, loads the case's
/// inputs, hides kkori's folders (inside a mount namespace), installs a seccomp filter, then loads
/// the solution as module `solution`, calls the function, saves each returned array as
/// `out_N.npy` (float64) and writes one JSON line to fd 4 saying what happened. fd 3 is a lifeline:
/// when kkori dies it reads end-of-file and exits, taking its namespace with it.
enum Harness {
    static let source = #"""
import os, sys, json, time

def _emit(record):
    data = (json.dumps(record) + "\n").encode("utf-8", "replace")
    try:
        os.write(4, data)
    except OSError:
        pass

def _finish(record):
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except Exception:
            pass
    _emit(record)
    os._exit(0)

def _watch_parent():
    # The parent holds the only write end of fd 3; end of file means kkori is gone.
    try:
        while os.read(3, 64):
            pass
    except OSError:
        pass
    os._exit(70)

def _limit(cfg):
    import resource, signal
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    def cap(which, soft, hard):
        try:
            resource.setrlimit(which, (soft, hard))
        except (ValueError, OSError):
            pass
    cap(resource.RLIMIT_AS, cfg["memory_bytes"], cfg["memory_bytes"])
    cap(resource.RLIMIT_FSIZE, cfg["file_bytes"], cfg["file_bytes"])
    cap(resource.RLIMIT_CORE, 0, 0)
    cap(resource.RLIMIT_CPU, cfg["cpu_seconds"], cfg["cpu_seconds"] + 1)

def _hide(paths):
    import ctypes
    libc = ctypes.CDLL(None, use_errno=True)
    flags = 1 | 2 | 4 | 8  # read-only, nosuid, nodev, noexec
    hidden = True
    for path in paths:
        if libc.mount(b"tmpfs", path.encode(), b"tmpfs", flags, b"size=4k,mode=000") != 0:
            hidden = False
    return hidden

_SYSCALLS = {
    # machine: (audit arch, {name: number})
    "x86_64": (0xC000003E, dict(clone=56, clone3=435, fork=57, vfork=58, socket=41, kill=62, tkill=200,
        tgkill=234, ptrace=101, process_vm_readv=310, process_vm_writev=311, unshare=272, setns=308,
        mount=165, umount2=166, pivot_root=155, chroot=161, io_uring_setup=425, io_uring_enter=426,
        io_uring_register=427, bpf=321, perf_event_open=298, setrlimit=160, prlimit64=302, reboot=169,
        init_module=175, finit_module=313, delete_module=176, kexec_load=246, kexec_file_load=320)),
    "aarch64": (0xC00000B7, dict(clone=220, clone3=435, socket=198, kill=129, tkill=130, tgkill=131,
        ptrace=117, process_vm_readv=270, process_vm_writev=271, unshare=97, setns=268, mount=40,
        umount2=39, pivot_root=41, chroot=51, io_uring_setup=425, io_uring_enter=426,
        io_uring_register=427, bpf=280, perf_event_open=241, setrlimit=164, prlimit64=261, reboot=142,
        init_module=105, finit_module=273, delete_module=106, kexec_load=104, kexec_file_load=294)),
}

def _filter_syscalls():
    # A seccomp filter: no new processes (threads are fine), no sockets but local ones, signals only
    # to itself, no tracing, namespaces, mounts or limit changes. Denied calls fail with EPERM.
    import ctypes, struct
    machine = os.uname().machine
    if machine not in _SYSCALLS:
        return False
    arch, nr = _SYSCALLS[machine]
    ALLOW, DENY, NOSYS, KILL = 0x7FFF0000, 0x00050001, 0x00050026, 0x80000000
    prog, labels = [], {}
    def op(code, k, jt=0, jf=0):
        prog.append([code, jt, jf, k])
    def label(name):
        labels[name] = len(prog)
    op(0x20, 4)                                   # A = arch
    op(0x15, arch, 0, "kill")                     # other ABIs: stop
    op(0x20, 0)                                   # A = syscall number
    if machine == "x86_64":
        op(0x35, 0x40000000, "deny", 0)           # x32 numbers
    for name in ("fork", "vfork", "tkill", "ptrace", "process_vm_readv", "process_vm_writev", "unshare",
                 "setns", "mount", "umount2", "pivot_root", "chroot", "io_uring_setup", "io_uring_enter",
                 "io_uring_register", "bpf", "perf_event_open", "setrlimit", "prlimit64", "reboot",
                 "init_module", "finit_module", "delete_module", "kexec_load", "kexec_file_load"):
        if name in nr:
            op(0x15, nr[name], "deny", 0)
    op(0x15, nr["clone"], "clone", 0)
    op(0x15, nr["clone3"], "nosys", 0)            # glibc falls back to clone, which is checked
    op(0x15, nr["socket"], "socket", 0)
    op(0x15, nr["kill"], "signal", 0)
    op(0x15, nr["tgkill"], "signal", 0)
    op(0x06, ALLOW)
    label("clone"); op(0x20, 16); op(0x45, 0x00010000, "allow", "deny")   # CLONE_THREAD only
    label("socket"); op(0x20, 16); op(0x15, 1, "allow", "deny")           # AF_UNIX only
    label("signal"); op(0x20, 16); op(0x15, os.getpid(), "allow", "deny")
    label("allow"); op(0x06, ALLOW)
    label("deny"); op(0x06, DENY)
    label("nosys"); op(0x06, NOSYS)
    label("kill"); op(0x06, KILL)
    for index, ins in enumerate(prog):
        for slot in (1, 2):
            if isinstance(ins[slot], str):
                ins[slot] = labels[ins[slot]] - index - 1
    code = b"".join(struct.pack("=HBBI", *ins) for ins in prog)
    buffer = ctypes.create_string_buffer(code, len(code))
    class Program(ctypes.Structure):
        _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]
    program = Program(len(prog), ctypes.addressof(buffer))
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl.argtypes = [ctypes.c_int, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong]
    if libc.prctl(38, 1, 0, 0, 0) != 0:                                       # no new privileges
        return False
    return libc.prctl(22, 2, ctypes.addressof(program), 0, 0) == 0            # seccomp filter

def _trace(error, lines=14):
    import traceback
    tb = error.__traceback__
    while tb is not None and tb.tb_frame.f_code.co_filename == "<string>":
        tb = tb.tb_next
    text = "".join(traceback.format_exception(type(error), error, tb))
    kept = [line[:400] for line in text.rstrip("\n").split("\n")]
    return "\n".join(kept[-lines:])

def _value(spec, np):
    if "npy" in spec:
        return np.load(spec["npy"], allow_pickle=False)
    if "int" in spec:
        return int(spec["int"])
    if "float" in spec:
        return float(spec["float"])
    if "dict" in spec:
        return {key: _value(item, np) for key, item in spec["dict"]}
    return None

class _Invalid(Exception):
    pass

def _as_array(value, np):
    if value is None:
        raise _Invalid("returned None")
    try:
        array = np.asarray(value)
    except Exception:
        raise _Invalid("returned %s, which is not array-like" % type(value).__name__)
    if array.dtype.kind not in "biuf":
        raise _Invalid("returned an array of dtype %s; return numbers (any float dtype)" % array.dtype)
    return np.ascontiguousarray(array, dtype=np.float64)

def _save(result, cfg, np):
    count = cfg["outputs"]
    if count == 1:
        outputs = [result]
    elif isinstance(result, (tuple, list)) and len(result) == count:
        outputs = list(result)
    else:
        raise _Invalid("must return a tuple of %d arrays, returned %s" % (count, type(result).__name__))
    arrays = [_as_array(value, np) for value in outputs]
    for index, array in enumerate(arrays):
        np.save("out_%d.npy" % index, array, allow_pickle=False)

def main():
    cfg = json.loads(sys.argv[1])
    os.chdir(cfg["dir"])
    import _thread
    _thread.start_new_thread(_watch_parent, ())
    _limit(cfg)
    if "" in sys.path:
        sys.path.remove("")
    try:
        import numpy as np
    except BaseException as error:
        _finish({"status": "no-numpy", "message": "%s: %s" % (type(error).__name__, error)})
    args = [_value(item, np) for item in cfg["args"]]
    kwargs = {name: _value(item, np) for name, item in cfg["kwargs"]}
    with open("solution.py", "rb") as handle:
        source = handle.read()
    hidden = _hide(cfg["hide"]) if cfg["hide"] else False
    filtered = _filter_syscalls() if cfg["filter"] else False
    sandbox = {"hidden": hidden, "filtered": filtered}
    module = type(sys)("solution")
    module.__file__ = cfg["display"]
    sys.modules["solution"] = module
    try:
        exec(compile(source, cfg["display"], "exec"), module.__dict__)
    except SystemExit as error:
        _finish({"status": "exception", "phase": "load", "sandbox": sandbox,
                 "message": "sys.exit(%r) was called while the file was loading" % (error.code,)})
    except MemoryError as error:
        _finish({"status": "memory", "phase": "load", "sandbox": sandbox, "message": _trace(error)})
    except BaseException as error:
        _finish({"status": "exception", "phase": "load", "sandbox": sandbox, "message": _trace(error)})
    function = module.__dict__.get(cfg["function"])
    if not callable(function):
        defined = sorted(n for n, v in module.__dict__.items() if callable(v) and not n.startswith("_")
                         and getattr(v, "__module__", None) == "solution")
        _finish({"status": "missing-function", "sandbox": sandbox, "defined": defined[:20]})
    start = time.perf_counter()
    try:
        result = function(*args, **kwargs)
    except MemoryError as error:
        _finish({"status": "memory", "phase": "call", "sandbox": sandbox, "message": _trace(error),
                 "seconds": time.perf_counter() - start})
    except SystemExit as error:
        _finish({"status": "exception", "phase": "call", "sandbox": sandbox,
                 "message": "sys.exit(%r) was called inside %s" % (error.code, cfg["function"]),
                 "seconds": time.perf_counter() - start})
    except BaseException as error:
        _finish({"status": "exception", "phase": "call", "sandbox": sandbox, "message": _trace(error),
                 "seconds": time.perf_counter() - start})
    seconds = time.perf_counter() - start
    try:
        _save(result, cfg, np)
    except _Invalid as error:
        _finish({"status": "invalid-output", "sandbox": sandbox, "message": str(error), "seconds": seconds})
    except MemoryError as error:
        _finish({"status": "memory", "phase": "output", "sandbox": sandbox, "message": _trace(error),
                 "seconds": seconds})
    except OSError as error:
        _finish({"status": "file-limit", "sandbox": sandbox, "message": str(error), "seconds": seconds})
    except BaseException as error:
        _finish({"status": "invalid-output", "sandbox": sandbox, "seconds": seconds,
                 "message": "the result could not be read as arrays: %s" % _trace(error, 2)})
    _finish({"status": "ok", "sandbox": sandbox, "seconds": seconds})

try:
    main()
except BaseException as error:
    _finish({"status": "setup-error", "message": _trace(error)})
"""#
}
