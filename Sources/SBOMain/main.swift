import SBO
import SBOCommandLine

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

InterruptCleanup.install()
exit(CommandLineTool.main(arguments: Array(CommandLine.arguments.dropFirst())))
