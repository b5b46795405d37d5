#ifndef KKORI_CNCURSESW_SHIM_H
#define KKORI_CNCURSESW_SHIM_H

// The wide-character curses API is only declared with these set before the header.
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// Swift 6 rejects the mutable C globals and cannot call macros: these getters and wrappers stand in.
static inline WINDOW *kk_stdscr(void) { return stdscr; }
static inline int kk_lines(void) { return LINES; }
static inline int kk_cols(void) { return COLS; }
static inline int kk_color_pair(int n) { return (int)COLOR_PAIR(n); }
static inline int kk_wcwidth(wchar_t c) { return wcwidth(c); }
static inline int kk_key_resize(void) { return KEY_RESIZE; }
static inline attr_t kk_a_bold(void) { return A_BOLD; }
static inline attr_t kk_a_reverse(void) { return A_REVERSE; }
static inline attr_t kk_a_underline(void) { return A_UNDERLINE; }
static inline attr_t kk_a_dim(void) { return A_DIM; }
static inline attr_t kk_a_normal(void) { return A_NORMAL; }
static inline int kk_colors(void) { return COLORS; }
static inline int kk_color_pairs(void) { return COLOR_PAIRS; }
static inline int kk_key_f(int n) { return KEY_F(n); }
static inline FILE *kk_stdout(void) { return stdout; }
static inline FILE *kk_stdin(void) { return stdin; }
// The size a terminal reports to ncurses, for the window it runs in.
static inline int kk_getmaxy(WINDOW *w) { return getmaxy(w); }
static inline int kk_getmaxx(WINDOW *w) { return getmaxx(w); }

#endif
