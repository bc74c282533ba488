#ifndef CALLOCATOR_H
#define CALLOCATOR_H

/// Tells glibc's malloc to take blocks up to 32 MiB from the heap rather than mapping each one
/// afresh, and to keep freed memory (up to 1 GiB at the heap's top) for reuse; elsewhere it
/// does nothing. For the command-line tool only (Sources/SBOMain/main.swift).
void sbo_reuse_freed_memory(void);

#endif
