#ifndef CCHC_CXLSXWRITER_SHIM_H
#define CCHC_CXLSXWRITER_SHIM_H
#include <xlsxwriter.h>
#endif
