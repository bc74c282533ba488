// The target's one function is inline in include/cmemory.h; SwiftPM needs a source file.
#include "cmemory.h"
