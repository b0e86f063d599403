#!/usr/bin/env python3
"""Types into a workbook with LibreOffice as a person would, and saves it as .xlsx.

    /usr/bin/python3 type-cells.py <plan.json>

The plan (JSON, UTF-8):
    { "source": "/…/form.xlsx", "target": "/…/typed.xlsx", "locale": "vi-VN", "timeout": 90,
      "cells": [ { "sheet": "Bảng 2", "cell": "D10", "typed": "1.130" }, … ],
      "scratch": "/tmp/…" (optional: where the private directory goes), "soffice": "/usr/bin/soffice" (optional) }

LibreOffice opens the workbook and each text is entered the way Calc's input line enters what a
person types: parsed by LibreOffice's own number formatter for the locale ("1.130" is 1130,
"99,95" is 99.95 and "99,95%" is 0.9995 with a percent format under vi-VN, "31/12/2023" a date),
text when it is no number (or the cell is formatted as text), a formula when it starts with "=".
What Calc would refuse is refused and leaves the cell as it was: a locked cell of a protected
sheet ("locked"; the protection is never lifted), a value outside the cell's validation with
alert style Stop, or not in its drop-down list ("validation"). The workbook is recalculated and
stored with the filter "Calc MS Excel 2007 XML".

Why not the dispatcher (.uno:EnterString on the selected cell, the real input line)? In
LibreOffice 7.4 headless it aborts the office (signal 6 in the headless VCL plug-in) as soon as
the input line would show a window: a validation's input message, or the "cell is protected"
box. A Basic macro run by `soffice --headless` hung in an earlier attempt. Hence UNO over a pipe.

It prints one JSON object on standard output:
    { "cells": [ { "sheet", "cell", "typed", "refused": null|"locked"|"validation", "before",
                   "formula", "value", "string", "type", "protected" } ], "seconds": 8.3 }
Exit status 0 on success; 3 when the uno module is missing or LibreOffice cannot be started,
4 on a timeout, 5 on any other failure; the reason (and the tail of LibreOffice's output) goes
to standard error.

LibreOffice runs headless with its own throw-away profile (`-env:UserInstallation=file:///tmp/…`)
in a private directory, on a copy of the workbook (its lock file never lands beside the
caller's), and listens on a private pipe; the script connects with the `uno` module (Debian
package python3-uno) and always ends the office it started (terminate, then SIGTERM/SIGKILL to
its process group), also on a timeout or an error. Nothing else is touched.
"""
import glob
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid

try:
    import uno
    from com.sun.star.beans import PropertyValue
    from com.sun.star.connection import NoConnectException
    from com.sun.star.lang import DisposedException
    from com.sun.star.uno import RuntimeException
except ImportError as error:  # reported by the caller as "python3-uno is missing"
    sys.stderr.write("type-cells: cannot import the uno module (install python3-uno): %s\n" % error)
    sys.exit(3)


class Timeout(Exception):
    pass


class Unready(Exception):
    """The office answered but could not open the document (yet)."""


TRACE = bool(os.environ.get("CCHC_TYPING_TRACE"))
START = time.time()


def trace(message):
    if TRACE:
        sys.stderr.write("type-cells: %6.2f s %s\n" % (time.time() - START, message))


def fail(status, message):
    sys.stderr.write("type-cells: %s\n" % message)
    sys.exit(status)


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def registry(locale):
    items = [
        ("/org.openoffice.Setup/L10N", "ooSetupSystemLocale", locale),
        ("/org.openoffice.Setup/L10N", "ooLocale", "en-US"),
        ("/org.openoffice.Office.Linguistic/General", "DefaultLocale", locale),
        ("/org.openoffice.Office.Calc/Formula/Load", "OOXMLRecalcMode", "0"),
        ("/org.openoffice.Office.Common/Misc", "FirstRun", "false"),
        ("/org.openoffice.Office.Common/Misc", "ShowTipOfTheDay", "false"),
    ]
    body = "".join(
        '<item oor:path="%s"><prop oor:name="%s" oor:op="fuse"><value>%s</value></prop></item>\n' % item
        for item in items)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<oor:items xmlns:oor="http://openoffice.org/2001/registry" '
            'xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n'
            + body + '</oor:items>\n')


def connect(pipe, office, deadline):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    url = "uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe
    while True:
        if office.poll() is not None:
            raise RuntimeError("soffice ended (status %s) before it could be reached" % office.returncode)
        try:
            trace("connecting")
            context = resolver.resolve(url)
            trace("connected")
            return context
        except (NoConnectException, DisposedException, RuntimeException):
            # Not listening yet, or the office that answered is restarting (a fresh profile).
            if time.time() > deadline:
                raise Timeout("soffice did not answer on its pipe")
            time.sleep(0.2)


def number_formats(document, locale):
    """Calc's number parser for `locale` (what its input line uses for a cell in General format)."""
    language, _, country = locale.partition("-")
    from com.sun.star.lang import Locale
    standard = document.getNumberFormats().getStandardFormat(0, Locale(language, country, ""))
    return document.getNumberFormats(), standard


def list_items(document, sheet, validation):
    """The entries a drop-down offers: an inline list ("A";"B") or a range of cells."""
    source = validation.getFormula1()
    if source.startswith('"'):
        return [item.strip('"') for item in source.split(";")]
    reference = source.replace("$", "")
    if "." in reference:
        name, _, cells = reference.rpartition(".")
        name = name.strip("'")
        target = document.getSheets().getByName(name)
    else:
        target, cells = sheet, reference
    block = target.getCellRangeByName(cells).getDataArray()
    return [str(value) for row in block for value in row if value != ""]


def within(validation, number):
    """Whether `number` passes a whole-number, decimal or date validation's condition."""
    operator = validation.getOperator().value
    bounds = []
    for formula in (validation.getFormula1(), validation.getFormula2()):
        try:
            bounds.append(float(formula))
        except ValueError:
            bounds.append(None)
    low, high = bounds
    if operator == "BETWEEN":
        return low is not None and high is not None and low <= number <= high
    if operator == "NOT_BETWEEN":
        return not (low <= number <= high)
    checks = {"EQUAL": lambda: number == low, "NOT_EQUAL": lambda: number != low,
              "GREATER": lambda: number > low, "GREATER_EQUAL": lambda: number >= low,
              "LESS": lambda: number < low, "LESS_EQUAL": lambda: number <= low, "NONE": lambda: True}
    return checks.get(operator, lambda: True)()


def enter(document, sheet, cell, typed, formats, standard, converter):
    """Enters `typed` into `cell` as Calc's input line does, or says why Calc refuses it.

    Calc parses what is typed with the number formatter of the locale: a number, a percentage
    (stored as a fraction, the cell given a percent format when it had a general one), a date;
    anything else is text; a leading "=" is a formula. A locked cell of a protected sheet and a
    value that fails the cell's validation (alert style Stop) are refused and leave the cell as
    it was."""
    if sheet.isProtected() and cell.CellProtection.IsLocked:
        # Calc's input line refuses a locked cell of a protected sheet; its API does not (a
        # write through XCell changes the cell all the same, tried here), so the refusal is
        # made here, from the cell's protection and the sheet's as LibreOffice read them.
        return "locked"
    if typed.startswith("="):
        cell.setFormula(typed)
        return None
    key = cell.NumberFormat
    kind = formats.getByKey(key).Type
    number, detected = None, None
    text_format = kind & 0x0100  # com.sun.star.util.NumberFormat.TEXT: typed text stays text
    if not text_format:
        try:
            detected = converter.detectNumberFormat(standard, typed)
            number = converter.convertStringToNumber(standard, typed)
        except Exception:
            number, detected = None, None
    validation = cell.Validation
    kind_of_check = validation.Type.value
    if kind_of_check in ("WHOLE", "DECIMAL", "DATE") and validation.ErrorAlertStyle.value == "STOP" and typed != "":
        if number is None or not within(validation, number) or (kind_of_check == "WHOLE" and number != int(number)):
            return "validation"
    if kind_of_check == "LIST" and validation.ErrorAlertStyle.value == "STOP" and typed != "":
        if typed not in list_items(document, sheet, validation):
            return "validation"
    if number is None:
        cell.setString(typed)
        return None
    cell.setValue(number)
    detected_kind = formats.getByKey(detected).Type if detected is not None else 0
    general = kind in (0, 1) or formats.getByKey(key).FormatString == "General"
    # A typed percentage or date gives a cell in a general number format that format.
    if detected_kind & (0x0080 | 0x0002) and general:
        cell.NumberFormat = detected
    return None


def type_cells(context, plan):
    smgr = context.ServiceManager
    desktop = smgr.createInstanceWithContext("com.sun.star.frame.Desktop", context)
    source = uno.systemPathToFileUrl(plan["copy"])
    try:
        trace("opening")
        document = desktop.loadComponentFromURL(source, "_blank", 0, (prop("Hidden", True),))
        trace("opened")
    except Exception as error:
        raise Unready("%s: %s" % (type(error).__name__, error))
    if document is None:
        raise Unready("no document")
    try:
        formats, standard = number_formats(document, plan.get("locale", "vi-VN"))
        converter = smgr.createInstanceWithContext("com.sun.star.util.NumberFormatter", context)
        converter.attachNumberFormatsSupplier(document)
        report = []
        for entry in plan["cells"]:
            sheets = document.getSheets()
            if not sheets.hasByName(entry["sheet"]):
                raise RuntimeError("no sheet %r in %s" % (entry["sheet"], plan["source"]))
            sheet = sheets.getByName(entry["sheet"])
            cell = sheet.getCellRangeByName(entry["cell"])
            before = cell.getFormula()
            refused = enter(document, sheet, cell, entry["typed"], formats, standard, converter)
            trace("typed %s!%s: %s" % (entry["sheet"], entry["cell"], refused or "accepted"))
            report.append({
                "sheet": entry["sheet"], "cell": entry["cell"], "typed": entry["typed"],
                "refused": refused, "before": before, "formula": cell.getFormula(),
                "value": cell.getValue(), "string": cell.getString(),
                "type": cell.getType().value.lower(), "protected": bool(sheet.isProtected()),
            })
        document.calculateAll()
        target = uno.systemPathToFileUrl(plan["saved"])
        document.storeToURL(target, (prop("FilterName", "Calc MS Excel 2007 XML"), prop("Overwrite", True)))
        return report
    finally:
        try:
            document.close(True)
        except Exception:
            pass


def main():
    if len(sys.argv) != 2:
        fail(5, "usage: type-cells.py <plan.json>")
    started = time.time()
    with open(sys.argv[1], encoding="utf-8") as f:
        plan = json.load(f)
    timeout = float(plan.get("timeout", 90))
    soffice = plan.get("soffice") or shutil.which("soffice") or "/usr/bin/soffice"
    # The caller may name a directory of its own: its path is on the office's command line (in
    # the profile's), so that the caller can find and end the office if this script is killed.
    work = tempfile.mkdtemp(prefix="cchc-typing-", dir=plan.get("scratch"))
    profile = os.path.join(work, "profile")
    os.makedirs(os.path.join(profile, "user"))
    with open(os.path.join(profile, "user", "registrymodifications.xcu"), "w", encoding="utf-8") as f:
        f.write(registry(plan.get("locale", "vi-VN")))
    # LibreOffice works on a copy with a plain name in the private directory: its lock file and
    # a half-written save never appear beside the caller's files; the result is moved at the end.
    plan["copy"] = os.path.join(work, "book.xlsx")
    plan["saved"] = os.path.join(work, "saved.xlsx")
    shutil.copyfile(plan["source"], plan["copy"])
    pipe = "cchc-typing-%s" % uuid.uuid4().hex
    environment = dict(os.environ, LC_ALL="C.UTF-8", LANG="C.UTF-8")
    office = None
    status, message = 0, None
    log = open(os.path.join(work, "soffice.log"), "wb")
    terminated = False

    def on_alarm(signum, frame):
        raise Timeout("no result after %d s" % timeout)

    signal.signal(signal.SIGALRM, on_alarm)
    signal.alarm(int(timeout))
    try:
        office = subprocess.Popen(
            [soffice, "-env:UserInstallation=" + uno.systemPathToFileUrl(profile), "--headless", "--invisible",
             "--norestore", "--nologo", "--nodefault", "--nolockcheck", "--accept=pipe,name=%s;urp;" % pipe],
            stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
            env=environment, cwd=work, start_new_session=True)
        report, context = None, None
        while report is None:
            context = connect(pipe, office, started + timeout)
            try:
                report = type_cells(context, plan)
            except Unready as error:
                # A fresh profile makes soffice restart once after its first start: the office
                # that answered first may go away before it opens the document. Ask again.
                if time.time() > started + timeout:
                    raise Timeout("LibreOffice never opened the workbook: %s" % error)
                time.sleep(0.5)
        try:
            context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context).terminate()
            terminated = True
        except Exception:
            terminated = True  # the bridge goes down with the office: expected
        signal.alarm(0)
        if not os.path.exists(plan["saved"]):
            raise RuntimeError("LibreOffice saved no workbook")
        os.replace(plan["saved"], plan["target"]) if os.stat(work).st_dev == os.stat(os.path.dirname(os.path.abspath(plan["target"]))).st_dev \
            else shutil.move(plan["saved"], plan["target"])
        print(json.dumps({"cells": report, "seconds": round(time.time() - started, 2)}, ensure_ascii=False))
    except Timeout as error:
        status, message = 4, "LibreOffice timed out: %s" % error
    except OSError as error:
        status, message = 3, "cannot start LibreOffice (%s): %s" % (soffice, error)
    except Exception as error:
        status, message = (3 if office is None else 5), "LibreOffice failed: %s: %s" % (type(error).__name__, error)
        if TRACE:
            import traceback
            message += "\n" + traceback.format_exc()
    finally:
        signal.alarm(0)
        if office is not None:
            # Told to end: give it a moment to close; else end it at once.
            try:
                office.wait(timeout=10 if terminated else 0.1)
            except subprocess.TimeoutExpired:
                pass
            if office.poll() is None:
                for sig in (signal.SIGTERM, signal.SIGKILL):
                    try:
                        os.killpg(office.pid, sig)
                    except ProcessLookupError:
                        break
                    try:
                        office.wait(timeout=5)
                        break
                    except subprocess.TimeoutExpired:
                        continue
            # soffice.bin may outlive the soffice wrapper in the same session: end the group.
            try:
                os.killpg(office.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        log.close()
        # The pipe's socket, which an office that was killed leaves in the temporary directory.
        for leftover in glob.glob(os.path.join(tempfile.gettempdir(), "OSL_PIPE_*_" + pipe)):
            try:
                os.remove(leftover)
            except OSError:
                pass
        if status:
            with open(os.path.join(work, "soffice.log"), "rb") as f:
                output = f.read().decode("utf-8", "replace").strip()
            if output:
                message += "\nsoffice said:\n" + output[-2000:]
        shutil.rmtree(work, ignore_errors=True)
    if status:
        fail(status, message)


if __name__ == "__main__":
    main()
