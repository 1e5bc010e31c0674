// The terminal edge's view of ncursesw: wide-character API, plus accessors for curses
// globals and macros that Swift cannot use directly (globals are not concurrency-safe in
// Swift 6; function-like macros are not imported), plus the few POSIX terminal helpers the
// edge needs (window size, locale codeset, restoring the terminal after a crash).
#ifndef ZHIBAN_CNCURSESW_SHIM_H
#define ZHIBAN_CNCURSESW_SHIM_H
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>
#include <sys/ioctl.h>
#include <ncursesw/curses.h>

extern int wcwidth(wchar_t);

static inline WINDOW *cn_stdscr(void) { return stdscr; }
static inline int cn_lines(void) { return LINES; }
static inline int cn_cols(void) { return COLS; }
static inline int cn_colors(void) { return COLORS; }
static inline int cn_key_resize(void) { return KEY_RESIZE; }

/// Attributes (function-like macros in curses.h).
static inline attr_t cn_attr_bold(void) { return A_BOLD; }
static inline attr_t cn_attr_reverse(void) { return A_REVERSE; }
static inline attr_t cn_attr_dim(void) { return A_DIM; }
static inline attr_t cn_attr_underline(void) { return A_UNDERLINE; }

/// Starts curses on the process's own standard output and input; NULL when the terminal
/// type is unknown (initscr would exit the process instead).
static inline SCREEN *cn_newterm(void) { return newterm(NULL, stdout, stdin); }

/// Turns the terminal's bracketed paste on or off: pasted text then arrives between
/// ESC [ 200 ~ and ESC [ 201 ~, so it can be told from typed keys.
static inline void cn_set_bracketed_paste(int on) {
    static const char enable[] = "\033[?2004h";
    static const char disable[] = "\033[?2004l";
    fflush(stdout);
    ssize_t ignored = on ? write(STDOUT_FILENO, enable, sizeof enable - 1) : write(STDOUT_FILENO, disable, sizeof disable - 1);
    (void)ignored;
}

/// Whether the terminal curses just started on can move its cursor to any place (`cup`): a
/// `dumb` or hard-copy terminal cannot, and would show a blank interface.
static inline int cn_can_address_cursor(void) {
    const char *cup = tigetstr("cup");
    return cup != NULL && cup != (char *)-1 && cup[0] != 0;
}

/// The terminal's size from the kernel (after SIGWINCH); -1 when it cannot be read.
static inline int cn_terminal_size(int *rows, int *cols) {
    struct winsize size;
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) != 0 || size.ws_row == 0 || size.ws_col == 0) return -1;
    *rows = size.ws_row;
    *cols = size.ws_col;
    return 0;
}

/// The character set of the current locale (`UTF-8` when wide characters will draw).
static inline const char *cn_codeset(void) { return nl_langinfo(CODESET); }

// Crash guard. If the program dies of a fatal signal while curses has the terminal in raw
// mode, the handler puts back the terminal settings saved at start (tcsetattr is
// async-signal-safe), leaves the alternate screen, shows the cursor, then hands the signal on
// to whoever handled it before (the Swift runtime's backtracer, or the default action).
// The saved state lives in function-local statics (a header cannot define globals Swift links).
struct cn_crash_guard_state {
    int valid;
    struct termios terminal;
    struct sigaction previous[NSIG];
};

static inline struct cn_crash_guard_state *cn_crash_guard(void) {
    static struct cn_crash_guard_state state;
    return &state;
}

static void cn_restore_terminal_and_reraise(int signal_number) {
    struct cn_crash_guard_state *state = cn_crash_guard();
    if (state->valid) tcsetattr(STDIN_FILENO, TCSANOW, &state->terminal);
    static const char reset[] = "\033[0m\033[?25h\033[?2004l\033[?1049l\r\n";
    ssize_t ignored = write(STDOUT_FILENO, reset, sizeof reset - 1);
    (void)ignored;
    sigaction(signal_number, &state->previous[signal_number], NULL);
    raise(signal_number);
}

/// Saves the terminal's settings and installs the crash handler; -1 when stdin is no terminal.
static inline int cn_guard_terminal_against_crashes(void) {
    struct cn_crash_guard_state *state = cn_crash_guard();
    if (tcgetattr(STDIN_FILENO, &state->terminal) != 0) return -1;
    state->valid = 1;
    const int fatal[] = {SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE};
    for (size_t i = 0; i < sizeof fatal / sizeof fatal[0]; i++) {
        struct sigaction action;
        memset(&action, 0, sizeof action);
        action.sa_handler = cn_restore_terminal_and_reraise;
        sigemptyset(&action.sa_mask);
        sigaction(fatal[i], &action, &state->previous[fatal[i]]);
    }
    return 0;
}

/// Stops the process for job control with the default action (Ctrl-Z), whatever handler
/// curses installed; returns once the process is continued.
static inline void cn_stop_for_job_control(void) {
    struct sigaction action, previous;
    memset(&action, 0, sizeof action);
    action.sa_handler = SIG_DFL;
    sigemptyset(&action.sa_mask);
    sigaction(SIGTSTP, &action, &previous);
    raise(SIGTSTP);
    sigaction(SIGTSTP, &previous, NULL);
}
#endif
