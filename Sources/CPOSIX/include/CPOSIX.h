#ifndef WINNOW_CPOSIX_H
#define WINNOW_CPOSIX_H

/// Flushes the whole file system that holds `fd` to disk (Linux `syncfs`; elsewhere `sync`, which
/// flushes every file system). Swift's Glibc module does not declare `syncfs` (it needs
/// `_GNU_SOURCE`), hence this shim. Returns 0, or -1 with `errno` set.
int winnow_syncfs(int fd);

#endif
