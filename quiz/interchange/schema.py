"""The JSON Schema of a question file, for editors: ``quiz schema`` prints it, and the shipped
bank files name it in their ``# yaml-language-server: $schema=...`` first line. A test keeps it
and the bank's loader in agreement (fields, required ones, enums, types)."""

from __future__ import annotations

from pathlib import Path

SCHEMA_PATH = Path(__file__).resolve().parent.parent / "data" / "question-file.schema.json"


def schema_text() -> str:
    return SCHEMA_PATH.read_text(encoding="utf-8")
