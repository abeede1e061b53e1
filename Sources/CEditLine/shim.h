#ifndef CORO_CEDITLINE_SHIM_H
#define CORO_CEDITLINE_SHIM_H
#include <stdio.h>
#include <histedit.h>

// `el_set`, `el_get` and `history` are C-variadic, which Swift cannot call: one
// fixed-argument wrapper per use. `stdin`/`stdout`/`stderr` are passed here because
// Swift 6 treats them as unsafe globals.

typedef char *(*coro_prompt_fn)(EditLine *);
typedef unsigned char (*coro_command_fn)(EditLine *, int);

static inline EditLine *coro_el_init(const char *prog) {
    return el_init(prog, stdin, stdout, stderr);
}

static inline int coro_el_set_prompt(EditLine *el, coro_prompt_fn fn) {
    return el_set(el, EL_PROMPT, fn);
}

static inline int coro_el_set_editor(EditLine *el, const char *mode) {
    return el_set(el, EL_EDITOR, mode);
}

static inline int coro_el_set_signal(EditLine *el, int on) {
    return el_set(el, EL_SIGNAL, on);
}

static inline int coro_el_set_history(EditLine *el, History *h) {
    return el_set(el, EL_HIST, history, h);
}

static inline int coro_el_set_clientdata(EditLine *el, void *data) {
    return el_set(el, EL_CLIENTDATA, data);
}

static inline void *coro_el_get_clientdata(EditLine *el) {
    void *data = NULL;
    el_get(el, EL_CLIENTDATA, &data);
    return data;
}

static inline int coro_el_addfn(EditLine *el, const char *name, const char *help, coro_command_fn fn) {
    return el_set(el, EL_ADDFN, name, help, fn);
}

static inline int coro_el_bind(EditLine *el, const char *key, const char *command) {
    return el_set(el, EL_BIND, key, command, NULL);
}

static inline int coro_history_setsize(History *h, int size) {
    HistEvent ev;
    return history(h, &ev, H_SETSIZE, size);
}

static inline int coro_history_enter(History *h, const char *line) {
    HistEvent ev;
    return history(h, &ev, H_ENTER, line);
}

#endif
