/*
 * floor.c: the floor of the benchmark. Replays plans (see extract_plan.py) with libxlsxwriter,
 * the library cchc uses, with nothing else in the way: no JSON, no checks, no layout. What cchc
 * cannot beat by much.
 *
 *   floor [-j N] [--parse-only] [--tmpdir DIR] OUTDIR LISTFILE
 *
 * LISTFILE names one .plan file per line; each plan becomes OUTDIR/<its WORKBOOK name>. Plans are
 * read and parsed one at a time, in place, just before their workbook is written (so memory does
 * not grow with the number of plans). With -j N the list is split over N forked processes
 * (plan i goes to process i mod N); without it, one process. --parse-only reads and parses every
 * plan without calling the library, to tell how much of the time parsing takes. --tmpdir DIR
 * makes libxlsxwriter keep the parts of each workbook in DIR (e.g. /dev/shm) instead of tmpfile(),
 * an experiment: cchc uses the default.
 *
 * Like cchc, one lxw_format per distinct style of a workbook (the FORMAT records of its plan, and
 * one per distinct look of its conditional formats),
 * workbook_new() with the library's defaults, and every status checked.
 *
 * Build: cc -O2 -o floor floor.c $(pkg-config --cflags --libs xlsxwriter)
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "xlsxwriter.h"

#define MAX_FIELDS 256
#define MAX_FORMATS 4096

static int parse_only = 0;
static char *tmpdir = NULL; /* --tmpdir: where libxlsxwriter puts the parts before zipping them */

static void die(const char *what, const char *detail) {
    fprintf(stderr, "floor: %s%s%s\n", what, detail ? ": " : "", detail ? detail : "");
    exit(2);
}

static void check(lxw_error status, const char *what, const char *plan) {
    if (status != LXW_NO_ERROR) {
        fprintf(stderr, "floor: %s: %s: %s\n", plan, what, lxw_strerror(status));
        exit(2);
    }
}

/* Undoes the escapes of a text field in place (\\ \t \n \r). */
static char *unescape(char *s) {
    char *r = s, *w = s;
    while (*r) {
        if (*r == '\\' && r[1]) {
            r++;
            *w++ = *r == 't' ? '\t' : *r == 'n' ? '\n' : *r == 'r' ? '\r' : *r;
            r++;
        } else {
            *w++ = *r++;
        }
    }
    *w = 0;
    return s;
}

/* Splits a line at tabs, in place; returns the number of fields. */
static int split(char *line, char **fields) {
    int n = 0;
    fields[n++] = line;
    for (char *p = line; *p; p++) {
        if (*p == '\t') {
            *p = 0;
            if (n < MAX_FIELDS) fields[n++] = p + 1;
        }
    }
    return n;
}

static char *read_file(const char *path) {
    FILE *f = fopen(path, "rb");
    if (!f) die("cannot open", path);
    fseek(f, 0, SEEK_END);
    long size = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buffer = malloc((size_t)size + 1);
    if (!buffer) die("out of memory", path);
    if (fread(buffer, 1, (size_t)size, f) != (size_t)size) die("cannot read", path);
    buffer[size] = 0;
    fclose(f);
    return buffer;
}

static uint8_t align_of(const char *s) {
    if (!strcmp(s, "left")) return LXW_ALIGN_LEFT;
    if (!strcmp(s, "center")) return LXW_ALIGN_CENTER;
    if (!strcmp(s, "right")) return LXW_ALIGN_RIGHT;
    if (!strcmp(s, "fill")) return LXW_ALIGN_FILL;
    if (!strcmp(s, "justify")) return LXW_ALIGN_JUSTIFY;
    if (!strcmp(s, "centerContinuous")) return LXW_ALIGN_CENTER_ACROSS;
    if (!strcmp(s, "distributed")) return LXW_ALIGN_DISTRIBUTED;
    return LXW_ALIGN_NONE;
}

static uint8_t valign_of(const char *s) {
    if (!strcmp(s, "top")) return LXW_ALIGN_VERTICAL_TOP;
    if (!strcmp(s, "center")) return LXW_ALIGN_VERTICAL_CENTER;
    if (!strcmp(s, "justify")) return LXW_ALIGN_VERTICAL_JUSTIFY;
    if (!strcmp(s, "distributed")) return LXW_ALIGN_VERTICAL_DISTRIBUTED;
    return LXW_ALIGN_NONE; /* bottom: the default */
}

static uint8_t border_of(const char *s) {
    static const char *names[] = {"none", "thin", "medium", "dashed", "dotted", "thick", "double", "hair",
                                  "mediumDashed", "dashDot", "mediumDashDot", "dashDotDot", "mediumDashDotDot",
                                  "slantDashDot"};
    for (uint8_t i = 0; i < sizeof names / sizeof *names; i++)
        if (!strcmp(s, names[i])) return i;
    return 0;
}

/* FORMAT id font size bold italic underline color align valign wrap indent border fill numfmt */
static lxw_format *make_format(lxw_workbook *wb, char **f) {
    lxw_format *format = workbook_add_format(wb);
    if (!format) die("cannot add a format", NULL);
    format_set_font_name(format, unescape(f[2]));
    format_set_font_size(format, atof(f[3]));
    if (f[4][0] == '1') format_set_bold(format);
    if (f[5][0] == '1') format_set_italic(format);
    if (strcmp(f[6], "none")) format_set_underline(format, LXW_UNDERLINE_SINGLE);
    if (strcmp(f[7], "-")) format_set_font_color(format, (lxw_color_t)strtol(f[7], NULL, 16));
    uint8_t a = align_of(f[8]), v = valign_of(f[9]);
    if (a) format_set_align(format, a);
    if (v) format_set_align(format, v);
    if (f[10][0] == '1') format_set_text_wrap(format);
    if (atoi(f[11]) > 0) format_set_indent(format, (uint8_t)atoi(f[11]));
    uint8_t border = border_of(f[12]);
    if (border) format_set_border(format, border);
    if (strcmp(f[13], "-")) {
        format_set_pattern(format, LXW_PATTERN_SOLID);
        format_set_bg_color(format, (lxw_color_t)strtol(f[13], NULL, 16));
    }
    if (strcmp(f[14], "-")) format_set_num_format(format, unescape(f[14]));
    return format;
}

/* Writes the workbook of one plan into outdir. */
static void replay(const char *plan_path, const char *outdir) {
    char *buffer = read_file(plan_path);
    lxw_workbook *wb = NULL;
    lxw_worksheet *ws = NULL;
    lxw_format *formats[MAX_FORMATS];
    int format_count = 0;
    static lxw_format *cf_formats[MAX_FORMATS];
    static char cf_keys[MAX_FORMATS][64];
    int cf_count = 0;
    lxw_doc_properties props;
    memset(&props, 0, sizeof props);
    int props_set = 0, props_pending = 0;
    char path[4096];
    char *fields[MAX_FIELDS];
    char *line = buffer;
    while (*line) {
        char *end = strchr(line, '\n');
        if (end) *end = 0;
        int n = split(line, fields);
        const char *kind = fields[0];
#define FMT(i) (fields[i][0] == '-' ? NULL : formats[atoi(fields[i])])
#define ROW(i) ((lxw_row_t)atoi(fields[i]))
#define COL(i) ((lxw_col_t)atoi(fields[i]))
        if (parse_only) {
            for (int i = 1; i < n; i++) unescape(fields[i]);
        } else if (!strcmp(kind, "S")) {
            check(worksheet_write_string(ws, ROW(1), COL(2), unescape(fields[4]), FMT(3)), "string", plan_path);
        } else if (!strcmp(kind, "N")) {
            check(worksheet_write_number(ws, ROW(1), COL(2), strtod(fields[4], NULL), FMT(3)), "number", plan_path);
        } else if (!strcmp(kind, "B")) {
            check(worksheet_write_blank(ws, ROW(1), COL(2), FMT(3)), "blank", plan_path);
        } else if (!strcmp(kind, "FN")) {
            check(worksheet_write_formula_num(ws, ROW(1), COL(2), unescape(fields[5]), FMT(3), strtod(fields[4], NULL)),
                  "formula", plan_path);
        } else if (!strcmp(kind, "FS")) {
            check(worksheet_write_formula_str(ws, ROW(1), COL(2), unescape(fields[5]), FMT(3), unescape(fields[4])),
                  "formula", plan_path);
        } else if (!strcmp(kind, "M")) {
            check(worksheet_merge_range(ws, ROW(1), COL(2), ROW(3), COL(4), unescape(fields[6]), FMT(5)), "merge", plan_path);
        } else if (!strcmp(kind, "ROW")) {
            check(worksheet_set_row(ws, ROW(1), strtod(fields[2], NULL), NULL), "row", plan_path);
        } else if (!strcmp(kind, "COL")) {
            lxw_row_col_options options = {.hidden = (uint8_t)(fields[3][0] == '1')};
            check(worksheet_set_column_opt(ws, COL(1), COL(1), strtod(fields[2], NULL), NULL, &options), "column", plan_path);
        } else if (!strcmp(kind, "FORMAT")) {
            if (format_count >= MAX_FORMATS) die("too many formats", plan_path);
            formats[format_count++] = make_format(wb, fields);
        } else if (!strcmp(kind, "SHEET")) {
            if (props_pending && !props_set) {
                check(workbook_set_properties(wb, &props), "properties", plan_path);
                props_set = 1;
            }
            ws = workbook_add_worksheet(wb, unescape(fields[1]));
            if (!ws) die("cannot add the sheet", plan_path);
            if (n > 2 && fields[2][0] == '1') worksheet_activate(ws);
        } else if (!strcmp(kind, "FREEZE")) {
            worksheet_freeze_panes(ws, ROW(1), COL(2));
        } else if (!strcmp(kind, "PAGE")) {
            if (fields[1][0] == '1') worksheet_set_landscape(ws);
            else if (fields[1][0] == '0') worksheet_set_portrait(ws); /* '-': not set */
            if (atoi(fields[2])) worksheet_set_paper(ws, (uint8_t)atoi(fields[2]));
            if (atoi(fields[3]) >= 0) worksheet_fit_to_pages(ws, (uint16_t)atoi(fields[3]), (uint16_t)atoi(fields[4]));
            worksheet_set_margins(ws, strtod(fields[5], NULL), strtod(fields[6], NULL), strtod(fields[7], NULL),
                                  strtod(fields[8], NULL));
            if (fields[11][0] == '1') worksheet_center_horizontally(ws);
        } else if (!strcmp(kind, "PRINTAREA")) {
            check(worksheet_print_area(ws, ROW(1), COL(2), ROW(3), COL(4)), "print area", plan_path);
        } else if (!strcmp(kind, "HBREAKS")) {
            /* rows above which a page breaks, in order; the library wants them 0-terminated */
            static lxw_row_t breaks[MAX_FIELDS];
            if (n >= MAX_FIELDS) die("too many page breaks", plan_path);
            for (int k = 1; k < n; k++) breaks[k - 1] = ROW(k);
            breaks[n - 1] = 0;
            check(worksheet_set_h_pagebreaks(ws, breaks), "page breaks", plan_path);
        } else if (!strcmp(kind, "REPEAT")) {
            check(worksheet_repeat_rows(ws, ROW(1), ROW(2)), "repeat rows", plan_path);
        } else if (!strcmp(kind, "FOOTER")) {
            check(worksheet_set_footer(ws, unescape(fields[1])), "footer", plan_path);
        } else if (!strcmp(kind, "HEADER")) {
            check(worksheet_set_header(ws, unescape(fields[1])), "header", plan_path);
        } else if (!strcmp(kind, "DVLIST")) {
            /* r1 c1 r2 c2 source blank prompt-title prompt error-title error error-style show-input show-error */
            lxw_data_validation dv;
            memset(&dv, 0, sizeof dv);
            dv.validate = LXW_VALIDATION_TYPE_LIST_FORMULA;
            dv.value_formula = unescape(fields[5]);
            if (n > 13) {
                if (fields[6][0] == '0') dv.ignore_blank = LXW_VALIDATION_OFF;
                dv.input_title = *fields[7] ? unescape(fields[7]) : NULL;
                dv.input_message = *fields[8] ? unescape(fields[8]) : NULL;
                dv.error_title = *fields[9] ? unescape(fields[9]) : NULL;
                dv.error_message = *fields[10] ? unescape(fields[10]) : NULL;
                dv.error_type = !strcmp(fields[11], "warning") ? LXW_VALIDATION_ERROR_TYPE_WARNING
                              : !strcmp(fields[11], "information") ? LXW_VALIDATION_ERROR_TYPE_INFORMATION
                              : LXW_VALIDATION_ERROR_TYPE_STOP;
                if (fields[12][0] == '0') dv.show_input = LXW_VALIDATION_OFF;
                if (fields[13][0] == '0') dv.show_error = LXW_VALIDATION_OFF;
            }
            check(worksheet_data_validation_range(ws, ROW(1), COL(2), ROW(3), COL(4), &dv), "validation", plan_path);
        } else if (!strcmp(kind, "CF")) {
            /* r1 c1 r2 c2 formula font-color bold italic fill: one format per distinct look, like cchc */
            char key[64];
            snprintf(key, sizeof key, "%s/%s/%s/%s", fields[6], fields[7], fields[8], fields[9]);
            lxw_format *format = NULL;
            for (int k = 0; k < cf_count; k++)
                if (!strcmp(cf_keys[k], key)) format = cf_formats[k];
            if (!format) {
                if (cf_count >= MAX_FORMATS) die("too many conditional formats", plan_path);
                format = workbook_add_format(wb);
                if (strcmp(fields[6], "-")) format_set_font_color(format, (lxw_color_t)strtol(fields[6], NULL, 16));
                if (fields[7][0] == '1') format_set_bold(format);
                if (fields[8][0] == '1') format_set_italic(format);
                if (strcmp(fields[9], "-")) {
                    format_set_pattern(format, LXW_PATTERN_SOLID);
                    format_set_bg_color(format, (lxw_color_t)strtol(fields[9], NULL, 16));
                }
                snprintf(cf_keys[cf_count], sizeof cf_keys[0], "%s", key);
                cf_formats[cf_count++] = format;
            }
            lxw_conditional_format rule;
            memset(&rule, 0, sizeof rule);
            rule.type = LXW_CONDITIONAL_TYPE_FORMULA;
            rule.value_string = unescape(fields[5]);
            rule.format = format;
            check(worksheet_conditional_format_range(ws, ROW(1), COL(2), ROW(3), COL(4), &rule), "conditional format", plan_path);
        } else if (!strcmp(kind, "LINK")) {
            /* row col fmt location text tooltip */
            char url[2048];
            snprintf(url, sizeof url, "internal:%s", unescape(fields[4]));
            char *text = unescape(fields[5]), *tip = unescape(fields[6]);
            check(worksheet_write_url_opt(ws, ROW(1), COL(2), url, FMT(3), *text ? text : NULL, *tip ? tip : NULL), "link", plan_path);
        } else if (!strcmp(kind, "NOTE")) {
            lxw_comment_options options;
            memset(&options, 0, sizeof options);
            options.width = n > 6 ? (uint16_t)atoi(fields[5]) : 300;
            options.height = n > 6 ? (uint16_t)atoi(fields[6]) : 110;
            options.font_size = 10;
            options.font_name = "Times New Roman";
            char *author = unescape(fields[3]);
            options.author = *author ? author : NULL;
            check(worksheet_write_comment_opt(ws, ROW(1), COL(2), unescape(fields[4]), &options), "comment", plan_path);
        } else if (!strcmp(kind, "GRIDLINES")) {
            worksheet_gridlines(ws, (uint8_t)((fields[1][0] == '1' ? LXW_SHOW_SCREEN_GRIDLINES : 0) |
                                              (fields[2][0] == '1' ? LXW_SHOW_PRINT_GRIDLINES : 0)));
        } else if (!strcmp(kind, "HIDDEN")) {
            worksheet_hide(ws);
        } else if (!strcmp(kind, "PROTECT")) {
            lxw_protection protection = {0};
            protection.format_cells = fields[1][0] == '1';
            protection.format_columns = fields[2][0] == '1';
            protection.format_rows = fields[3][0] == '1';
            worksheet_protect(ws, NULL, &protection);
        } else if (!strcmp(kind, "TAB")) {
            worksheet_set_tab_color(ws, (lxw_color_t)strtol(fields[1], NULL, 16));
        } else if (!strcmp(kind, "CHARTS")) {
            /* counted, not replayed */
        } else if (!strcmp(kind, "NAME")) {
            check(workbook_define_name(wb, unescape(fields[1]), unescape(fields[2])), "name", plan_path);
        } else if (!strcmp(kind, "PROP")) {
            char *value = unescape(fields[2]);
            const char *key = fields[1];
            props_pending = 1;
            if (!strcmp(key, "title")) props.title = value;
            else if (!strcmp(key, "subject")) props.subject = value;
            else if (!strcmp(key, "author")) props.author = value;
            else if (!strcmp(key, "company")) props.company = value;
            else if (!strcmp(key, "keywords")) props.keywords = value;
            else if (!strcmp(key, "comments")) props.comments = value;
            else if (!strcmp(key, "created")) props.created = (time_t)atoll(value);
        } else if (!strcmp(kind, "WORKBOOK")) {
            snprintf(path, sizeof path, "%s/%s", outdir, unescape(fields[1]));
            if (tmpdir) {
                lxw_workbook_options options = {.constant_memory = LXW_FALSE, .tmpdir = tmpdir};
                wb = workbook_new_opt(path, &options);
            } else {
                wb = workbook_new(path);
            }
            if (!wb) die("cannot create", path);
            format_count = 0;
            cf_count = 0;
        } else if (!strcmp(kind, "END")) {
            if (props_pending && !props_set) check(workbook_set_properties(wb, &props), "properties", plan_path);
            check(workbook_close(wb), "closing", plan_path);
            wb = NULL;
            ws = NULL;
        } else if (kind[0]) {
            die("unknown record", kind);
        }
        if (!end) break;
        line = end + 1;
    }
    if (wb) die("plan without END", plan_path);
    free(buffer);
}

int main(int argc, char **argv) {
    int jobs = 1, i = 1;
    for (; i < argc && argv[i][0] == '-'; i++) {
        if (!strcmp(argv[i], "-j") && i + 1 < argc) jobs = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--parse-only")) parse_only = 1;
        else if (!strcmp(argv[i], "--tmpdir") && i + 1 < argc) tmpdir = argv[++i];
        else die("usage: floor [-j N] [--parse-only] [--tmpdir DIR] OUTDIR LISTFILE", NULL);
    }
    if (argc - i != 2) die("usage: floor [-j N] [--parse-only] [--tmpdir DIR] OUTDIR LISTFILE", NULL);
    const char *outdir = argv[i];
    char *list = read_file(argv[i + 1]);
    char **plans = NULL;
    size_t count = 0, capacity = 0;
    for (char *line = strtok(list, "\n"); line; line = strtok(NULL, "\n")) {
        if (!*line) continue;
        if (count == capacity) {
            capacity = capacity ? capacity * 2 : 256;
            plans = realloc(plans, capacity * sizeof *plans);
            if (!plans) die("out of memory", NULL);
        }
        plans[count++] = line;
    }
    if (jobs <= 1) {
        for (size_t k = 0; k < count; k++) replay(plans[k], outdir);
        return 0;
    }
    fflush(NULL);
    for (int w = 0; w < jobs; w++) {
        pid_t pid = fork();
        if (pid < 0) die("fork", strerror(errno));
        if (pid == 0) {
            for (size_t k = (size_t)w; k < count; k += (size_t)jobs) replay(plans[k], outdir);
            _exit(0);
        }
    }
    int failed = 0, status;
    while (wait(&status) > 0)
        if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) failed = 1;
    return failed ? 2 : 0;
}
