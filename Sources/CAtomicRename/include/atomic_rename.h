#ifndef BRIEF_ATOMIC_RENAME_H
#define BRIEF_ATOMIC_RENAME_H

/// Atomically exchanges two paths on the same file system (Linux renameat2 with RENAME_EXCHANGE).
/// Returns 0 on success, or -1 with errno set (ENOSYS or EINVAL where the kernel or file system
/// cannot exchange; callers then fall back to two renames).
int brief_exchange_paths(const char *first, const char *second);

#endif
