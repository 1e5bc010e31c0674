// The terminal edge's view of ncursesw: wide-character API, plus accessors for curses
// globals that Swift 6 refuses to touch directly (they are not concurrency-safe).
#ifndef ZHIBAN_CNCURSESW_SHIM_H
#define ZHIBAN_CNCURSESW_SHIM_H
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>

extern int wcwidth(wchar_t);

static inline WINDOW *cn_stdscr(void) { return stdscr; }
static inline int cn_lines(void) { return LINES; }
static inline int cn_cols(void) { return COLS; }
static inline int cn_colors(void) { return COLORS; }
static inline int cn_key_resize(void) { return KEY_RESIZE; }
#endif
