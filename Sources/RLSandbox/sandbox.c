// rlgrade-sandbox: the trusted trampoline between the grader and a student's runner.
//
//   rlgrade-sandbox [options] -- PROGRAM ARG...
//   rlgrade-sandbox --probe              prints the layers this machine offers, one line
//   rlgrade-sandbox --sweep-uid UID      kills every process of UID (after a check)
//
// It restricts itself completely, then execs PROGRAM, so no student code ever runs before the
// sandbox is in place. In order: close every descriptor but 0-3; new PID, network and IPC
// namespaces (and a user namespace when not root) if asked; fork (the outer process stays outside
// as a subreaper and reports the runner's exit); in the child: parent-death signal, resource limits
// (soft = hard), drop to an unprivileged uid/gid if asked, no_new_privs, a Landlock allow-list
// (read/execute only the given paths, read-write only the working folder, no TCP, scoped signals
// and abstract sockets), a seccomp filter (no IP sockets, no io_uring), then execve. Descriptor 4, when open, receives "ready\n" just before the
// exec (it is close-on-exec) or "error: ...\n" when a requested layer cannot be applied, so the
// grader can tell a sandbox failure from anything the student's code does.
//
// When the runner exits (or the outer process gets SIGTERM from the grader's wall-clock limit),
// every process left below it is killed: with a PID namespace the kernel does it (the runner is
// its init); without one the outer process is a child subreaper and kills what reparents to it.
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <sched.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <unistd.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#ifdef __linux__
#include <stddef.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#endif

#ifndef __linux__
// The layers below (namespaces, prctl, Landlock, seccomp, setresuid) are Linux's. On macOS the
// grader does not use this program (it runs each child under sandbox-exec instead), but SwiftPM
// builds every target, so there the trampoline is a stub that says so.
int main(void) {
    fputs("rlgrade-sandbox: this trampoline works on Linux only (macOS uses sandbox-exec)\n", stderr);
    return 111;
}
#else

#define MAX_PATHS 64

// Landlock ABI (stable kernel numbers; Debian 12's headers are older than the kernel).
#define LL_CREATE_RULESET_VERSION (1U << 0)
#define LL_RULE_PATH_BENEATH 1
#define LL_FS_EXECUTE (1ULL << 0)
#define LL_FS_WRITE_FILE (1ULL << 1)
#define LL_FS_READ_FILE (1ULL << 2)
#define LL_FS_READ_DIR (1ULL << 3)
#define LL_FS_REMOVE_DIR (1ULL << 4)
#define LL_FS_REMOVE_FILE (1ULL << 5)
#define LL_FS_MAKE_CHAR (1ULL << 6)
#define LL_FS_MAKE_DIR (1ULL << 7)
#define LL_FS_MAKE_REG (1ULL << 8)
#define LL_FS_MAKE_SOCK (1ULL << 9)
#define LL_FS_MAKE_FIFO (1ULL << 10)
#define LL_FS_MAKE_BLOCK (1ULL << 11)
#define LL_FS_MAKE_SYM (1ULL << 12)
#define LL_FS_REFER (1ULL << 13)
#define LL_FS_TRUNCATE (1ULL << 14)
#define LL_FS_IOCTL_DEV (1ULL << 15)
#define LL_NET_BIND_TCP (1ULL << 0)
#define LL_NET_CONNECT_TCP (1ULL << 1)
#define LL_SCOPE_ABSTRACT_UNIX (1ULL << 0)
#define LL_SCOPE_SIGNAL (1ULL << 1)

struct ll_ruleset_attr { uint64_t fs; uint64_t net; uint64_t scoped; };
struct ll_path_beneath { uint64_t allowed; int32_t parent_fd; } __attribute__((packed));

#ifndef SYS_landlock_create_ruleset
#define SYS_landlock_create_ruleset 444
#define SYS_landlock_add_rule 445
#define SYS_landlock_restrict_self 446
#endif
#ifndef PR_SET_NO_NEW_PRIVS
#define PR_SET_NO_NEW_PRIVS 38
#endif
#ifndef PR_SET_CHILD_SUBREAPER
#define PR_SET_CHILD_SUBREAPER 36
#endif

static int status_fd = -1;

static void fail(const char *what) {
    int code = errno;
    char line[512];
    int n = snprintf(line, sizeof line, "error: %s: %s\n", what, strerror(code));
    if (status_fd >= 0 && n > 0) { ssize_t w = write(status_fd, line, (size_t)n); (void)w; }
    fprintf(stderr, "rlgrade-sandbox: %s: %s\n", what, strerror(code));
    _exit(125);
}

static int landlock_abi(void) {
#ifdef __linux__
    long abi = syscall(SYS_landlock_create_ruleset, NULL, 0, LL_CREATE_RULESET_VERSION);
    return abi < 0 ? 0 : (int)abi;
#else
    return 0;
#endif
}

static uint64_t fs_mask(int abi) {
    uint64_t mask = (LL_FS_MAKE_SYM << 1) - 1;  // ABI 1: bits 0-12
    if (abi >= 2) mask |= LL_FS_REFER;
    if (abi >= 3) mask |= LL_FS_TRUNCATE;
    if (abi >= 5) mask |= LL_FS_IOCTL_DEV;
    return mask;
}

static void close_from(int lowest) {
#ifdef SYS_close_range
    if (syscall(SYS_close_range, (unsigned)lowest, ~0U, 0) == 0) return;
#endif
    long max = sysconf(_SC_OPEN_MAX);
    if (max < 0 || max > 65536) max = 65536;
    for (int fd = lowest; fd < max; fd++) close(fd);
}

static void set_limit(int resource, const char *value) {
    struct rlimit limit;
    limit.rlim_cur = limit.rlim_max = (rlim_t)strtoull(value, NULL, 10);
    if (setrlimit(resource, &limit) != 0) fail("setrlimit");
}

struct rule { const char *path; uint64_t access; };

static void add_rule(int ruleset, const char *path, uint64_t access, uint64_t handled) {
    int fd = open(path, O_PATH | O_CLOEXEC);
    if (fd < 0) {
        if (errno == ENOENT) return;  // a library folder this system does not have
        fail(path);
    }
    struct stat st;
    if (fstat(fd, &st) != 0) fail("fstat");
    if (!S_ISDIR(st.st_mode)) {
        access &= LL_FS_EXECUTE | LL_FS_WRITE_FILE | LL_FS_READ_FILE | LL_FS_TRUNCATE | LL_FS_IOCTL_DEV;
    }
    struct ll_path_beneath attr = { .allowed = access & handled, .parent_fd = fd };
    if (syscall(SYS_landlock_add_rule, ruleset, LL_RULE_PATH_BENEATH, &attr, 0) != 0) fail("landlock_add_rule");
    close(fd);
}

static void apply_landlock(struct rule *rules, int count) {
    int abi = landlock_abi();
    if (abi < 1) { errno = ENOSYS; fail("landlock is not available"); }
    struct ll_ruleset_attr attr = { .fs = fs_mask(abi), .net = 0, .scoped = 0 };
    size_t size = sizeof(uint64_t);
    if (abi >= 4) { attr.net = LL_NET_BIND_TCP | LL_NET_CONNECT_TCP; size = 2 * sizeof(uint64_t); }
    if (abi >= 6) { attr.scoped = LL_SCOPE_ABSTRACT_UNIX | LL_SCOPE_SIGNAL; size = sizeof attr; }
    int ruleset = (int)syscall(SYS_landlock_create_ruleset, &attr, size, 0);
    if (ruleset < 0) fail("landlock_create_ruleset");
    for (int i = 0; i < count; i++) add_rule(ruleset, rules[i].path, rules[i].access, attr.fs);
    if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0) fail("PR_SET_NO_NEW_PRIVS");
    if (syscall(SYS_landlock_restrict_self, ruleset, 0) != 0) fail("landlock_restrict_self");
    close(ruleset);
}

#if defined(__x86_64__)
#define AUDIT_ARCH_CURRENT AUDIT_ARCH_X86_64
#elif defined(__aarch64__)
#define AUDIT_ARCH_CURRENT AUDIT_ARCH_AARCH64
#endif
#ifndef SYS_io_uring_setup
#define SYS_io_uring_setup 425
#endif

/// A seccomp filter that works without any privilege (after no_new_privs), in containers too:
/// no IP (or any non-Unix) sockets, so no network whatever other layer is missing; no io_uring
/// (its socket operations would bypass the filter); other system-call ABIs (i386, x32) kill.
static void apply_seccomp(void) {
#ifdef AUDIT_ARCH_CURRENT
    struct sock_filter filter[] = {
        /* 0 */ BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, arch)),
        /* 1 */ BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, AUDIT_ARCH_CURRENT, 0, 9),
        /* 2 */ BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr)),
        /* 3 */ BPF_JUMP(BPF_JMP | BPF_JGE | BPF_K, 0x40000000, 7, 0),
        /* 4 */ BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_io_uring_setup, 5, 0),
        /* 5 */ BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_socket, 0, 3),
        /* 6 */ BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, args[0])),
        /* 7 */ BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, AF_UNIX, 1, 0),
        /* 8 */ BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | (EACCES & SECCOMP_RET_DATA)),
        /* 9 */ BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
        /* 10 */ BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | (ENOSYS & SECCOMP_RET_DATA)),
        /* 11 */ BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_KILL_PROCESS),
    };
    struct sock_fprog program = { .len = sizeof filter / sizeof filter[0], .filter = filter };
    if (prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &program, 0, 0) != 0) fail("seccomp");
#endif
}

static int write_file(const char *path, const char *text) {
    int fd = open(path, O_WRONLY | O_CLOEXEC);
    if (fd < 0) return -1;
    ssize_t n = write(fd, text, strlen(text));
    close(fd);
    return n == (ssize_t)strlen(text) ? 0 : -1;
}

/// New PID, network, IPC and mount namespaces; as non-root, inside a new user namespace that maps
/// the caller's uid/gid to themselves. (The mount namespace only gets its own /proc, see below.)
static int enter_namespaces(void) {
    uid_t uid = getuid();
    gid_t gid = getgid();
    int flags = CLONE_NEWPID | CLONE_NEWNET | CLONE_NEWIPC | CLONE_NEWNS;
    if (uid != 0) flags |= CLONE_NEWUSER;
    if (unshare(flags) != 0) return -1;
    if (uid != 0) {
        char map[64];
        if (write_file("/proc/self/setgroups", "deny") != 0) return -1;
        snprintf(map, sizeof map, "%u %u 1\n", (unsigned)uid, (unsigned)uid);
        if (write_file("/proc/self/uid_map", map) != 0) return -1;
        snprintf(map, sizeof map, "%u %u 1\n", (unsigned)gid, (unsigned)gid);
        if (write_file("/proc/self/gid_map", map) != 0) return -1;
    }
    return 0;
}

/// Kills every process of `uid` (run as that uid: kill(-1) reaches exactly its own processes).
static void sweep_uid(uid_t uid) {
    pid_t pid = fork();
    if (pid == 0) {
        if (setresgid(uid, uid, uid) != 0 || setresuid(uid, uid, uid) != 0) _exit(1);
        kill(-1, SIGKILL);
        _exit(0);
    }
    if (pid > 0) { int st; while (waitpid(pid, &st, 0) < 0 && errno == EINTR) {} }
}

/// Kills and reaps every remaining child of this (subreaper) process until none is left: orphans
/// of the runner reparent here, so each round finds the next generation.
static void kill_descendants(void) {
    char path[64];
    snprintf(path, sizeof path, "/proc/self/task/%d/children", (int)getpid());
    for (int round = 0; round < 5000; round++) {
        FILE *f = fopen(path, "re");
        if (f) {
            long child;
            while (fscanf(f, "%ld", &child) == 1) kill((pid_t)child, SIGKILL);
            fclose(f);
        }
        int st;
        pid_t r;
        while ((r = waitpid(-1, &st, WNOHANG)) > 0) {}
        if (r < 0 && errno == ECHILD) return;
        usleep(500);
    }
}

/// In the new PID namespace: a /proc of its own, so the check sees only its own processes and the
/// Swift backtracer finds the crashed process under the pid it knows (1, not the host's init).
static void mount_own_proc(void) {
    if (mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) != 0) fail("making mounts private");
    if (mount("proc", "/proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC, NULL) != 0) fail("mounting /proc");
}

/// In the new mount namespace: the private working folder becomes a tmpfs of its own, capped at
/// `bytes` and 4,096 files, owned by the check's uid, without devices, set-uid or executables. A
/// check cannot fill the grader's disk (or memory) through it, and what it wrote vanishes with it.
static void mount_scratch(const char *workdir, const char *bytes, long uid, long gid) {
    char *end = NULL;
    unsigned long long size = strtoull(bytes, &end, 10);
    if (!end || *end != '\0' || size == 0) fail("--limit-scratch needs a byte count");
    uid_t u = uid >= 0 ? (uid_t)uid : getuid();
    gid_t g = gid >= 0 ? (gid_t)gid : (uid >= 0 ? (gid_t)uid : getgid());
    char options[160];
    snprintf(options, sizeof options, "size=%llu,nr_inodes=4096,mode=0700,uid=%u,gid=%u", size, (unsigned)u, (unsigned)g);
    if (mount("rlgrade-scratch", workdir, "tmpfs", MS_NOSUID | MS_NODEV | MS_NOEXEC, options) != 0)
        fail("mounting the private folder");
}

static volatile sig_atomic_t terminate_requested = 0;
static void on_terminate(int sig) { (void)sig; terminate_requested = 1; }

static int probe(void) {
    int abi = landlock_abi();
    int ns = 0;
    pid_t pid = fork();
    if (pid == 0) {
        if (enter_namespaces() != 0) _exit(1);
        pid_t inner = fork();  // the first process of a new PID namespace must be creatable
        if (inner < 0) _exit(1);
        if (inner == 0) {
            if (mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) != 0) _exit(1);
            if (mount("proc", "/proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC, NULL) != 0) _exit(1);
            // The private folder's tmpfs (mount_scratch), here over /tmp of this private namespace.
            _exit(mount("rlgrade-probe", "/tmp", "tmpfs", MS_NOSUID | MS_NODEV | MS_NOEXEC, "size=65536") == 0 ? 0 : 1);
        }
        int st;
        waitpid(inner, &st, 0);
        _exit(WIFEXITED(st) && WEXITSTATUS(st) == 0 ? 0 : 1);
    }
    if (pid > 0) {
        int st;
        waitpid(pid, &st, 0);
        ns = WIFEXITED(st) && WEXITSTATUS(st) == 0;
    }
    printf("root=%d landlock=%d namespaces=%d\n", getuid() == 0 ? 1 : 0, abi, ns);
    return 0;
}

int main(int argc, char **argv) {
    if (argc == 2 && strcmp(argv[1], "--probe") == 0) return probe();
    if (argc == 3 && strcmp(argv[1], "--sweep-uid") == 0) {
        sweep_uid((uid_t)strtoul(argv[2], NULL, 10));
        return 0;
    }
    struct rule rules[MAX_PATHS];
    int rule_count = 0;
    int use_landlock = 0, use_namespaces = 0, use_seccomp = 0;
    long uid = -1, gid = -1;
    const char *workdir = NULL, *limit_as = NULL, *limit_cpu = NULL, *limit_fsize = NULL, *limit_nproc = NULL;
    const char *limit_nofile = NULL, *limit_scratch = NULL;
    int i = 1;
    for (; i < argc; i++) {
        const char *a = argv[i];
        const char *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (strcmp(a, "--") == 0) { i++; break; }
        if (strcmp(a, "--landlock") == 0) { use_landlock = 1; continue; }
        if (strcmp(a, "--namespaces") == 0) { use_namespaces = 1; continue; }
        if (strcmp(a, "--seccomp") == 0) { use_seccomp = 1; continue; }
        if (!v) { fprintf(stderr, "rlgrade-sandbox: %s needs a value\n", a); return 125; }
        uint64_t access = 0;
        if (strcmp(a, "--read") == 0) access = LL_FS_READ_FILE | LL_FS_READ_DIR;
        else if (strcmp(a, "--exec") == 0) access = LL_FS_READ_FILE | LL_FS_READ_DIR | LL_FS_EXECUTE;
        else if (strcmp(a, "--write") == 0) access = ~0ULL & ~LL_FS_EXECUTE;
        else if (strcmp(a, "--device") == 0) access = LL_FS_READ_FILE | LL_FS_WRITE_FILE;
        if (access) {
            if (rule_count == MAX_PATHS) { fprintf(stderr, "rlgrade-sandbox: too many paths\n"); return 125; }
            rules[rule_count].path = v;
            rules[rule_count].access = access;
            rule_count++;
            if (strcmp(a, "--write") == 0) workdir = workdir ? workdir : v;
        } else if (strcmp(a, "--uid") == 0) uid = strtol(v, NULL, 10);
        else if (strcmp(a, "--gid") == 0) gid = strtol(v, NULL, 10);
        else if (strcmp(a, "--workdir") == 0) workdir = v;
        else if (strcmp(a, "--limit-as") == 0) limit_as = v;
        else if (strcmp(a, "--limit-cpu") == 0) limit_cpu = v;
        else if (strcmp(a, "--limit-fsize") == 0) limit_fsize = v;
        else if (strcmp(a, "--limit-nproc") == 0) limit_nproc = v;
        else if (strcmp(a, "--limit-nofile") == 0) limit_nofile = v;
        else if (strcmp(a, "--limit-scratch") == 0) limit_scratch = v;
        else if (strcmp(a, "--status-fd") == 0) status_fd = (int)strtol(v, NULL, 10);
        else { fprintf(stderr, "rlgrade-sandbox: unknown option %s\n", a); return 125; }
        i++;
    }
    if (i >= argc) { fprintf(stderr, "usage: rlgrade-sandbox [options] -- PROGRAM ARG...\n"); return 125; }
    char **program = argv + i;

    // Only 0-3 (and the status descriptor) survive: nothing else of the grader's is inherited.
    if (status_fd >= 0 && status_fd != 4) { if (dup2(status_fd, 4) < 0) fail("dup2"); status_fd = 4; }
    close_from(status_fd >= 0 ? 5 : 4);
    if (status_fd >= 0) fcntl(status_fd, F_SETFD, FD_CLOEXEC);

    prctl(PR_SET_PDEATHSIG, SIGKILL);  // the grader died: so do we
    if (use_namespaces && enter_namespaces() != 0) fail("creating PID/network namespaces");
    prctl(PR_SET_CHILD_SUBREAPER, 1);
    struct rlimit no_core = { 0, 0 };
    setrlimit(RLIMIT_CORE, &no_core);

    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_terminate;
    sigaction(SIGTERM, &sa, NULL);

    pid_t runner = fork();
    if (runner < 0) fail("fork");
    if (runner == 0) {
        signal(SIGTERM, SIG_DFL);
        prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (getppid() == 1 && !use_namespaces) _exit(125);  // the outer process is already gone
        if (use_namespaces) mount_own_proc();
        if (workdir && uid >= 0 && chown(workdir, (uid_t)uid, (gid_t)(gid >= 0 ? gid : uid)) != 0) fail("chown workdir");
        if (workdir && limit_scratch) {
            if (!use_namespaces) fail("--limit-scratch needs --namespaces");
            mount_scratch(workdir, limit_scratch, uid, gid);
        }
        if (workdir && chdir(workdir) != 0) fail("chdir workdir");
        if (limit_as) set_limit(RLIMIT_AS, limit_as);
        if (limit_cpu) set_limit(RLIMIT_CPU, limit_cpu);
        if (limit_fsize) set_limit(RLIMIT_FSIZE, limit_fsize);
        if (limit_nofile) set_limit(RLIMIT_NOFILE, limit_nofile);
        if (uid >= 0) {
            gid_t g = (gid_t)(gid >= 0 ? gid : uid);
            if (setgroups(0, NULL) != 0) fail("setgroups");
            if (setresgid(g, g, g) != 0) fail("setresgid");
            // RLIMIT_NPROC counts the processes of the real uid: set it for the dedicated uid.
            if (limit_nproc) set_limit(RLIMIT_NPROC, limit_nproc);
            if (setresuid((uid_t)uid, (uid_t)uid, (uid_t)uid) != 0) fail("setresuid");
        } else if (limit_nproc && use_namespaces) {
            set_limit(RLIMIT_NPROC, limit_nproc);
        }
        if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0) fail("PR_SET_NO_NEW_PRIVS");
        prctl(PR_SET_DUMPABLE, 1);  // the Swift backtracer of a crash reads this process via /proc
        if (use_landlock) apply_landlock(rules, rule_count);
        if (use_seccomp) apply_seccomp();
        if (status_fd >= 0) { ssize_t w = write(status_fd, "ready\n", 6); (void)w; }
        extern char **environ;
        // ETXTBSY: another thread of the grader may just have finished writing a staged runner
        // while a sibling child briefly held its descriptor; it clears within milliseconds.
        for (int attempt = 0; attempt < 200; attempt++) {
            execve(program[0], program, environ);
            if (errno != ETXTBSY) break;
            usleep(5000);
        }
        fail("exec");
    }
    if (status_fd >= 0) close(status_fd);
    int st = 0;
    int reaped = 0;
    while (!reaped) {
        pid_t r = waitpid(runner, &st, 0);
        if (r == runner) reaped = 1;
        else if (r < 0 && errno == EINTR) {
            if (terminate_requested) { kill(runner, SIGKILL); }
        } else if (r < 0) break;
    }
    kill_descendants();
    if (uid >= 0) sweep_uid((uid_t)uid);
    if (WIFSIGNALED(st)) {
        int sig = WTERMSIG(st);
        signal(sig, SIG_DFL);
        sigset_t set;
        sigemptyset(&set);
        sigaddset(&set, sig);
        sigprocmask(SIG_UNBLOCK, &set, NULL);
        prctl(PR_SET_PDEATHSIG, 0);
        kill(getpid(), sig);
        _exit(128 + sig);
    }
    return WIFEXITED(st) ? WEXITSTATUS(st) : 125;
}

#endif  // __linux__
