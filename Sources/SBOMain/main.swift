import CAllocator
import SBO
import SBOCommandLine

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// A command's large buffers (a file's bytes, its cells, per-station arrays) come from the heap
// and are reused once freed, instead of each being mapped afresh (glibc's default above
// 128 KiB): a freed buffer's pages then serve the next one without new page faults. On the
// 100,000-station estimate (E1 of sbo-bench) that is 2-4 ms of 45; peak memory is unchanged.
sbo_reuse_freed_memory()
InterruptCleanup.install()
exit(CommandLineTool.main(arguments: Array(CommandLine.arguments.dropFirst())))
