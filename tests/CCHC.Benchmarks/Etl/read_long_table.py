"""The pandas + openpyxl reference of the ETL benchmark: every sheet of every workbook under a folder read into one
long table (file, sheet, row, column, value) of the non-empty cells, which is where the ETL's own work starts.
Prints one line of JSON: files read, files skipped, cells, seconds (the reading only, not starting Python)."""
import json
import pathlib
import sys
import time

import pandas as pd


def main(folder: str) -> None:
    paths = sorted(p for p in pathlib.Path(folder).rglob("*") if p.suffix.lower() in (".xlsx", ".xlsm", ".xls"))
    start = time.perf_counter()
    frames, skipped = [], []
    for path in paths:
        # openpyxl reads only the Open XML formats; a legacy .xls needs xlrd, which the reference does not install.
        engine = "xlrd" if path.suffix.lower() == ".xls" else "openpyxl"
        try:
            sheets = pd.read_excel(path, sheet_name=None, header=None, engine=engine)
        except ImportError:
            skipped.append(path.name)
            continue
        for name, frame in sheets.items():
            cells = frame.stack().reset_index()  # stack() drops the empty cells
            cells.columns = ["row", "column", "value"]
            cells.insert(0, "sheet", name)
            cells.insert(0, "file", path.name)
            frames.append(cells)
    table = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()
    seconds = time.perf_counter() - start
    print(json.dumps({"files": len(paths) - len(skipped), "skipped": skipped, "cells": len(table), "seconds": seconds}))


if __name__ == "__main__":
    main(sys.argv[1])
