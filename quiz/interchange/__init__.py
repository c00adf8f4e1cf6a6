"""Interchange: the bank in the formats other quiz tools read and write (GIFT, Aiken, Anki text,
OpenTDB JSON, CSV), with this project's provenance so that an export imports back cited.

It sits above the game and the bank (an export is the quiz a game of that seed plays), and
nothing below it imports it.
"""
