"""Operator commands (``newsflow stats | replay | inspect``): each module registers its own
sub-command, so the CLI stays one small file and each tool is read and tested on its own."""

from __future__ import annotations

import argparse
import importlib

COMMANDS = ("stats", "replay", "inspect")


def register_all(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    for name in COMMANDS:
        importlib.import_module(f"service.ops.{name}").register(sub)
    importlib.import_module("service.bench").register(sub)
