#ifndef CCHC_CPROCESS_H
#define CCHC_CPROCESS_H

#include <sys/types.h>

/// Makes the kernel kill this process (SIGKILL) when the thread that started it ends, as when the
/// batch process that started it is killed; returns 0, or -1 when `parent` is no longer this
/// process's parent (it ended before the call) or the system cannot do it. Linux only
/// (prctl PR_SET_PDEATHSIG); elsewhere returns 0 when `parent` is still the parent.
int cchc_die_with_parent(pid_t parent);

#endif
