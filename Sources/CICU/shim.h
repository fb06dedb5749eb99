// Only CICUShim's implementation includes this; Swift modules never import CICU directly.
#include <unicode/utypes.h>
