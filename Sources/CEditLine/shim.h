#ifndef CORO_CEDITLINE_SHIM_H
#define CORO_CEDITLINE_SHIM_H
#include <stdio.h>
#include <histedit.h>
#endif
