#!/usr/bin/env python3
"""Independent check of `issuegraph eval`: scores a predicted CoNLL-U file against a gold one.

Both files must have the same words (gold tokenisation). Counts every word, punctuation
included; LAS compares the universal part of DEPREL (before ':'), as the CoNLL 2018 shared-task
evaluation does. Multiword-token ranges and empty nodes are ignored. Standard library only.

usage: conll_eval.py GOLD.conllu PREDICTED.conllu
"""
import sys


def read_words(path):
    """Yields (sentence number, [word columns]) for the word lines of a CoNLL-U file."""
    sentences = []
    current = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            line = line.rstrip("\n")
            if not line:
                if current:
                    sentences.append(current)
                    current = []
                continue
            if line.startswith("#"):
                continue
            columns = line.split("\t")
            if len(columns) != 10:
                sys.exit(f"{path}:{number}: expected 10 tab-separated columns, got {len(columns)}")
            if "-" in columns[0] or "." in columns[0]:
                continue  # multiword range or empty node
            current.append(columns)
    if current:
        sentences.append(current)
    return sentences


def main(argv):
    if len(argv) != 3:
        sys.exit(__doc__.strip().splitlines()[-1])
    gold = read_words(argv[1])
    predicted = read_words(argv[2])
    if len(gold) != len(predicted):
        sys.exit(f"sentence counts differ: {len(gold)} gold, {len(predicted)} predicted")
    totals = dict(words=0, upos=0, xpos=0, lemma=0, uas=0, las=0)
    for index, (g_sentence, p_sentence) in enumerate(zip(gold, predicted), 1):
        if [w[1] for w in g_sentence] != [w[1] for w in p_sentence]:
            sys.exit(f"sentence {index}: the words differ; gold tokenisation is required")
        for g, p in zip(g_sentence, p_sentence):
            totals["words"] += 1
            totals["upos"] += g[3] == p[3]
            totals["xpos"] += g[4] == p[4]
            totals["lemma"] += g[2] == p[2]
            if g[6] == p[6]:
                totals["uas"] += 1
                totals["las"] += g[7].split(":")[0] == p[7].split(":")[0]
    words = max(totals["words"], 1)
    print(f"words     {totals['words']}")
    for key, name in (("upos", "UPOS"), ("xpos", "XPOS"), ("lemma", "Lemmas"), ("uas", "UAS"), ("las", "LAS")):
        print(f"{name:<9} {100.0 * totals[key] / words:6.2f}")


if __name__ == "__main__":
    main(sys.argv)
