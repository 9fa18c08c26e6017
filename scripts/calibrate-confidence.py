#!/usr/bin/env python3
"""Fit and measure the calibration of issuegraph's triple confidence.

The extractor's confidence is a logistic model over named binary features
(src/issuegraph/extract/confidence.hpp, kConfidenceFeatureNames); the model
file is data/models/confidence.json (schemas/confidence-model.schema.json).

Subcommands:
  label  --gold DIR_OR_FILE... --system SYS.jsonl [--scorer PATH] -o OUT.jsonl
         Marks each system triple (from `issuegraph extract --explain`) correct
         or wrong with the scorer's gold-precision rule; unlabelled triples
         (evidence holds no gold cue of their doc) are left out.
  fit    --labelled FILE... -o MODEL.json [--l2 L] [--source TEXT]
         L2-regularised logistic regression by Newton's method; L chosen by
         leave-one-document-out cross-validated log-loss unless given.
  report --labelled FILE... [--model MODEL.json ...]
         Log-loss, Brier score, expected calibration error, AUC, a reliability
         table and precision/recall of correct triples at thresholds, for the
         triples' own confidence or for each model given.

Only the Python standard library is used. Output is deterministic.
"""

import argparse
import importlib.util
import json
import math
import os
import re
import sys

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CATALOGUE_HEADER = os.path.join(REPO_ROOT, "src", "issuegraph", "extract", "confidence.hpp")
DEFAULT_SCORER = os.path.join(REPO_ROOT, "..", "shared", "eval", "score.py")
L2_GRID = (0.3, 1.0, 3.0, 10.0, 30.0, 100.0)
# Reliability bins: the last one is closed, so a confidence of 1.0 has a home.
BIN_EDGES = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0)
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9)
CREATED_BY = "scripts/calibrate-confidence.py"


class Failure(Exception):
    """A data or runtime problem: message printed, exit status 1."""


class UsageFailure(Exception):
    """A missing file the user named or must provide: exit status 2."""


# --------------------------------------------------------------------------
# the feature catalogue, read from the C++ header so the two cannot drift

def feature_catalogue():
    try:
        with open(CATALOGUE_HEADER, encoding="utf-8") as fh:
            text = fh.read()
    except OSError as exc:
        raise Failure("cannot read the feature catalogue %s: %s" % (CATALOGUE_HEADER, exc))
    m = re.search(r"kConfidenceFeatureNames\s*=\s*\{(.*?)\};", text, re.S)
    if not m:
        raise Failure("%s: kConfidenceFeatureNames not found" % CATALOGUE_HEADER)
    names = re.findall(r'"([^"]+)"', m.group(1))
    if not names:
        raise Failure("%s: kConfidenceFeatureNames is empty" % CATALOGUE_HEADER)
    return names


# --------------------------------------------------------------------------
# the logistic formula of ConfidenceModel::score

def sigmoid(z):
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def round_half_away(x, scale):
    # std::round rounds halves away from zero; Python's round() does not.
    return math.floor(x * scale + 0.5) / scale


def shipped_probability(bias, weights, features):
    """What ConfidenceModel::score returns: rounded to 3 decimals, in [0.01, 0.99]."""
    z = bias + sum(weights.get(f, 0.0) for f in features)
    return min(max(round_half_away(sigmoid(z), 1000.0), 0.01), 0.99)


def log_loss(pairs):
    """Mean negative log-likelihood of (probability, correct) pairs."""
    total = 0.0
    for p, y in pairs:
        p = min(max(p, 1e-12), 1.0 - 1e-12)
        total -= math.log(p) if y else math.log(1.0 - p)
    return total / len(pairs) if pairs else float("nan")


def brier(pairs):
    return sum((p - (1.0 if y else 0.0)) ** 2 for p, y in pairs) / len(pairs) if pairs else float("nan")


# --------------------------------------------------------------------------
# labelled files

class Example:
    __slots__ = ("doc", "sentence", "features", "confidence", "correct")


def read_labelled(paths, catalogue):
    known = set(catalogue)
    examples = []
    for path in paths:
        try:
            with open(path, encoding="utf-8") as fh:
                lines = fh.read().splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise UsageFailure("cannot read %s: %s" % (path, exc))
        for n, line in enumerate(lines, 1):
            if not line.strip():
                continue
            where = "%s:%d" % (path, n)
            try:
                rec = json.loads(line)
            except ValueError as exc:
                raise Failure("%s: not JSON: %s" % (where, exc))
            if not isinstance(rec, dict):
                raise Failure("%s: expected a JSON object" % where)
            e = Example()
            e.doc = rec.get("doc")
            if not isinstance(e.doc, str) or not e.doc:
                raise Failure("%s: 'doc' must be a non-empty string" % where)
            e.sentence = rec.get("sentence")
            if isinstance(e.sentence, bool) or not isinstance(e.sentence, int) or e.sentence < 0:
                raise Failure("%s: 'sentence' must be an integer >= 0" % where)
            features = rec.get("features")
            if not isinstance(features, list) or not all(isinstance(f, str) for f in features):
                raise Failure("%s: 'features' must be an array of strings" % where)
            for f in features:
                if f not in known:
                    raise Failure("%s: unknown confidence feature '%s'" % (where, f))
            if len(set(features)) != len(features):
                raise Failure("%s: 'features' lists a feature twice" % where)
            e.features = tuple(features)
            c = rec.get("confidence")
            if isinstance(c, bool) or not isinstance(c, (int, float)) or not 0.0 <= c <= 1.0:
                raise Failure("%s: 'confidence' must be a number in [0, 1]" % where)
            e.confidence = float(c)
            e.correct = rec.get("correct")
            if not isinstance(e.correct, bool):
                raise Failure("%s: 'correct' must be true or false" % where)
            examples.append(e)
    if not examples:
        raise Failure("no labelled triples in %s" % " ".join(paths))
    return examples


# --------------------------------------------------------------------------
# label

def import_scorer(path):
    if not os.path.isfile(path):
        raise UsageFailure("scorer not found: %s (pass --scorer PATH to ../shared/eval/score.py)" % path)
    spec = importlib.util.spec_from_file_location("issuegraph_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for name in ("load_gold", "load_system", "failures"):
        if not hasattr(module, name):
            raise Failure("%s has no function %s()" % (path, name))
    return module


def cmd_label(args):
    catalogue = set(feature_catalogue())
    scorer = import_scorer(args.scorer)
    for spec in args.gold:
        for part in spec.split(","):
            if part.strip() and not os.path.exists(part.strip()):
                raise UsageFailure("gold not found: %s" % part.strip())
    if not os.path.isfile(args.system):
        raise UsageFailure("system file not found: %s" % args.system)
    report = []
    golds = scorer.load_gold(args.gold, report)
    systems, malformed = scorer.load_system(args.system, report)
    for line in report:
        print("label: " + line, file=sys.stderr)
    if not golds:
        raise Failure("no gold triples loaded from %s" % " ".join(args.gold))
    by_doc = {}
    for g in golds:
        by_doc.setdefault(g.doc, []).append(g)

    out_lines = []
    n_correct = n_wrong = n_unlabelled = 0
    explained = False
    for s in systems:
        raw = s.raw
        if "confidence_features" in raw:
            explained = True
        features = raw.get("confidence_features", [])
        if not isinstance(features, list) or not all(isinstance(f, str) for f in features):
            raise Failure("%s:%d: 'confidence_features' must be an array of strings" % (args.system, s.line))
        for f in features:
            if f not in catalogue:
                raise Failure("%s:%d: unknown confidence feature '%s'" % (args.system, s.line, f))
        confidence = raw.get("confidence")
        if isinstance(confidence, bool) or not isinstance(confidence, (int, float)):
            raise Failure("%s:%d: 'confidence' must be a number" % (args.system, s.line))
        sentence = raw.get("sentence")
        if isinstance(sentence, bool) or not isinstance(sentence, int):
            raise Failure("%s:%d: 'sentence' must be an integer" % (args.system, s.line))
        doc_golds = by_doc.get(s.doc, [])
        if any(not scorer.failures(g, s) for g in doc_golds):
            correct = True
        elif s.ev is not None and any(g.cue in s.ev for g in doc_golds):
            correct = False
        else:
            n_unlabelled += 1
            continue
        n_correct += correct
        n_wrong += not correct
        rec = {"doc": s.doc, "sentence": sentence, "features": features,
               "confidence": confidence, "correct": correct}
        out_lines.append(json.dumps(rec, ensure_ascii=False, separators=(", ", ": ")))
    if systems and not explained:
        print("label: warning: no triple has 'confidence_features'; was `extract --explain` used?",
              file=sys.stderr)
    with open(args.output, "w", encoding="utf-8", newline="\n") as fh:
        for line in out_lines:
            fh.write(line + "\n")
    print("label: %d labelled (%d correct, %d wrong), %d unlabelled, %d malformed -> %s"
          % (n_correct + n_wrong, n_correct, n_wrong, n_unlabelled, malformed, args.output),
          file=sys.stderr)
    return 0


# --------------------------------------------------------------------------
# fit: Newton's method on the L2-penalised log-likelihood

def solve(a, b):
    """Solves a x = b by Gaussian elimination with partial pivoting (a is small)."""
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
        if abs(m[pivot][col]) < 1e-300:
            raise Failure("the Newton system is singular; try a larger --l2")
        m[col], m[pivot] = m[pivot], m[col]
        for r in range(col + 1, n):
            factor = m[r][col] / m[col][col]
            if factor:
                for c in range(col, n + 1):
                    m[r][c] -= factor * m[col][c]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        x[r] = (m[r][n] - sum(m[r][c] * x[c] for c in range(r + 1, n))) / m[r][r]
    return x


def fit_logistic(rows, labels, n_features, l2):
    """rows: lists of active feature columns (column 0 is the bias, always on).
    Minimises sum of log-losses + l2/2 * |w|^2 (bias not penalised).
    Returns the coefficient vector [bias, w1, ...]."""
    dim = n_features + 1
    beta = [0.0] * dim
    positives = sum(labels)
    # Start the bias at the base rate so the first step is already sensible.
    rate = min(max(positives / len(labels), 1e-3), 1 - 1e-3)
    beta[0] = math.log(rate / (1 - rate))

    def objective(b):
        total = 0.0
        for cols, y in zip(rows, labels):
            z = sum(b[c] for c in cols)
            # log(1 + e^z) - y z, computed without overflow
            total += (z if z > 0 else 0.0) + math.log1p(math.exp(-abs(z))) - (z if y else 0.0)
        return total + 0.5 * l2 * sum(v * v for v in b[1:])

    current = objective(beta)
    for _ in range(100):
        grad = [0.0] * dim
        hess = [[0.0] * dim for _ in range(dim)]
        for cols, y in zip(rows, labels):
            p = sigmoid(sum(beta[c] for c in cols))
            r = p - (1.0 if y else 0.0)
            w = p * (1.0 - p)
            for i in cols:
                grad[i] += r
                for j in cols:
                    hess[i][j] += w
        for i in range(1, dim):
            grad[i] += l2 * beta[i]
            hess[i][i] += l2
        # A feature that never fires has an all-zero row: l2 keeps it solvable
        # and its weight stays 0.
        step = solve(hess, [-g for g in grad])
        scale = 1.0
        while True:
            candidate = [b + scale * s for b, s in zip(beta, step)]
            value = objective(candidate)
            if value <= current + 1e-12 or scale < 1e-8:
                break
            scale *= 0.5
        beta, previous, current = candidate, current, value
        if max(abs(scale * s) for s in step) < 1e-10 or previous - current < 1e-13:
            break
    return beta


def design(examples, columns):
    index = {name: i + 1 for i, name in enumerate(columns)}
    rows = [[0] + sorted(index[f] for f in e.features) for e in examples]
    labels = [e.correct for e in examples]
    return rows, labels


def to_model(beta, columns):
    return beta[0], {name: beta[i + 1] for i, name in enumerate(columns)}


def tidy(x, places):
    # round() and -0.0 -> 0.0, so the model's bytes do not depend on the sign of a tiny number
    return round(x, places) + 0.0


def cmd_fit(args):
    catalogue = feature_catalogue()
    examples = read_labelled(args.labelled, catalogue)
    n_correct = sum(e.correct for e in examples)
    if n_correct == 0 or n_correct == len(examples):
        raise Failure("all %d labelled triples are %s; a fit needs both correct and wrong ones"
                      % (len(examples), "correct" if n_correct else "wrong"))
    fired = {f for e in examples for f in e.features}
    columns = [name for name in catalogue if name in fired]
    rows, labels = design(examples, columns)
    docs = sorted({e.doc for e in examples})

    cv_losses = {}
    if args.l2 is not None:
        if args.l2 <= 0:
            raise UsageFailure("--l2 must be > 0")
        l2 = args.l2
    else:
        if len(docs) < 2:
            raise Failure("cross-validation needs triples from at least two documents; pass --l2")
        for candidate in L2_GRID:
            pairs = []
            for held_out in docs:
                train = [i for i, e in enumerate(examples) if e.doc != held_out]
                test = [i for i, e in enumerate(examples) if e.doc == held_out]
                train_labels = [labels[i] for i in train]
                if all(train_labels) or not any(train_labels):
                    # a one-class training fold: its bias is not identifiable; predict the base rate
                    rate = sum(train_labels) / len(train_labels)
                    pairs.extend((min(max(rate, 0.01), 0.99), labels[i]) for i in test)
                    continue
                beta = fit_logistic([rows[i] for i in train], train_labels, len(columns), candidate)
                bias, weights = to_model(beta, columns)
                pairs.extend((shipped_probability(bias, weights, examples[i].features), labels[i])
                             for i in test)
            cv_losses[candidate] = log_loss(pairs)
        # Lowest loss; on a tie, the stronger penalty.
        l2 = min(L2_GRID, key=lambda c: (round(cv_losses[c], 12), -c))

    beta = fit_logistic(rows, labels, len(columns), l2)
    bias, weights = to_model(beta, columns)
    bias = tidy(bias, 4)
    weights = {name: tidy(w, 4) for name, w in weights.items()}
    fit_pairs = [(shipped_probability(bias, weights, e.features), e.correct) for e in examples]
    metadata = {
        "source": args.source,
        "examples": len(examples),
        "correct": n_correct,
        "documents": len(docs),
        "l2": l2,
        "l2_choice": ("given" if args.l2 is not None else
                      "leave-one-document-out log-loss over " + ", ".join("%g" % c for c in L2_GRID)),
        "fit_log_loss": tidy(log_loss(fit_pairs), 4),
        "trained_on": ", ".join(os.path.basename(p) for p in args.labelled),
        "created_by": CREATED_BY,
    }
    for candidate, loss in sorted(cv_losses.items()):
        metadata["cv_log_loss_l2_%g" % candidate] = tidy(loss, 4)
    model = {"kind": "issuegraph-confidence", "version": 1, "bias": bias,
             "weights": weights, "metadata": metadata}
    text = json.dumps(model, sort_keys=True, indent=2, ensure_ascii=False) + "\n"
    with open(args.output, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
    print("fit: %d triples (%d correct) from %d documents, %d features, l2=%g, fit log-loss %.4f -> %s"
          % (len(examples), n_correct, len(docs), len(columns), l2, metadata["fit_log_loss"],
             args.output), file=sys.stderr)
    return 0


# --------------------------------------------------------------------------
# report

def read_model(path, catalogue):
    try:
        with open(path, encoding="utf-8") as fh:
            model = json.load(fh)
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageFailure("cannot read %s: %s" % (path, exc))
    except ValueError as exc:
        raise Failure("%s: not JSON: %s" % (path, exc))
    if not isinstance(model, dict) or model.get("kind") != "issuegraph-confidence" \
            or model.get("version") != 1:
        raise Failure("%s: not an issuegraph-confidence model of version 1" % path)
    bias = model.get("bias")
    weights = model.get("weights")
    if isinstance(bias, bool) or not isinstance(bias, (int, float)) or not isinstance(weights, dict):
        raise Failure("%s: expected a number 'bias' and an object 'weights'" % path)
    for name, w in weights.items():
        if name not in catalogue:
            raise Failure("%s: /weights: unknown confidence feature '%s'" % (path, name))
        if isinstance(w, bool) or not isinstance(w, (int, float)):
            raise Failure("%s: /weights/%s: expected a number" % (path, name))
    return float(bias), {k: float(v) for k, v in weights.items()}


def bin_of(p):
    for i in range(len(BIN_EDGES) - 2):
        if p < BIN_EDGES[i + 1]:
            return i
    return len(BIN_EDGES) - 2


def measure(pairs):
    n = len(pairs)
    bins = [[] for _ in range(len(BIN_EDGES) - 1)]
    for p, y in pairs:
        bins[bin_of(p)].append((p, y))
    ece = 0.0
    table = []
    for i, members in enumerate(bins):
        if members:
            mean = sum(p for p, _ in members) / len(members)
            precision = sum(1 for _, y in members if y) / len(members)
            ece += len(members) / n * abs(mean - precision)
            table.append((i, len(members), mean, precision))
        else:
            table.append((i, 0, None, None))
    total_correct = sum(1 for _, y in pairs if y)
    cuts = []
    for t in THRESHOLDS:
        kept = [y for p, y in pairs if p >= t]
        good = sum(1 for y in kept if y)
        cuts.append((t, len(kept), good / len(kept) if kept else None,
                     good / total_correct if total_correct else None))
    return {"n": n, "correct": total_correct, "log_loss": log_loss(pairs), "brier": brier(pairs),
            "ece": ece, "auc": auc(pairs), "table": table, "cuts": cuts}


def auc(pairs):
    """Chance that a correct triple scores above a wrong one (ties count half): how well the
    confidence separates them, which calibration alone does not promise."""
    right = [p for p, y in pairs if y]
    wrong = [p for p, y in pairs if not y]
    if not right or not wrong:
        return float("nan")
    wins = sum((r > w) + 0.5 * (r == w) for r in right for w in wrong)
    return wins / (len(right) * len(wrong))


def fmt(x, width=7, places=3):
    return ("%*s" % (width, "-")) if x is None else "%*.*f" % (width, places, x)


def bin_name(i):
    lo, hi = BIN_EDGES[i], BIN_EDGES[i + 1]
    close = "]" if i == len(BIN_EDGES) - 2 else ")"
    return "[%.1f,%.1f%s" % (lo, hi, close)


def cmd_report(args):
    catalogue = feature_catalogue()
    examples = read_labelled(args.labelled, catalogue)
    scorers = []
    if args.model:
        for path in args.model:
            bias, weights = read_model(path, catalogue)
            scorers.append((os.path.basename(path),
                            [(shipped_probability(bias, weights, e.features), e.correct) for e in examples]))
    else:
        scorers.append(("as extracted", [(e.confidence, e.correct) for e in examples]))
    results = [(name, measure(pairs)) for name, pairs in scorers]
    out = []
    out.append("labelled: %s" % ", ".join(os.path.basename(p) for p in args.labelled))
    out.append("triples: %d, correct: %d (%.3f), documents: %d"
               % (results[0][1]["n"], results[0][1]["correct"],
                  results[0][1]["correct"] / results[0][1]["n"], len({e.doc for e in examples})))
    out.append("")
    width = max(14, max(len(name) for name, _ in results) + 2)
    out.append("%-12s" % "metric" + "".join("%*s" % (width, name) for name, _ in results))
    for key, label in (("log_loss", "log-loss"), ("brier", "Brier"), ("ece", "ECE"), ("auc", "AUC")):
        out.append("%-12s" % label + "".join("%*.4f" % (width, r[key]) for _, r in results))
    for name, r in results:
        out.append("")
        out.append("reliability (%s)" % name)
        out.append("%-10s %6s %9s %9s" % ("bin", "count", "mean conf", "precision"))
        for i, count, mean, precision in r["table"]:
            out.append("%-10s %6d %9s %9s" % (bin_name(i), count, fmt(mean, 9), fmt(precision, 9)))
    out.append("")
    out.append("features: triples where it fires / precision among them")
    for name in catalogue:
        hits = [e.correct for e in examples if name in e.features]
        if hits:
            out.append("%-26s %5d %7.3f" % (name, len(hits), sum(hits) / len(hits)))
    none = [e.correct for e in examples if not e.features]
    if none:
        out.append("%-26s %5d %7.3f" % ("(no feature)", len(none), sum(none) / len(none)))
    out.append("")
    out.append("thresholds: kept triples / precision among kept / share of correct kept")
    out.append("%-9s" % "conf >=" + "".join("%*s" % (24, name) for name, _ in results))
    for k, t in enumerate(THRESHOLDS):
        cells = []
        for _, r in results:
            _, kept, precision, recall = r["cuts"][k]
            cells.append("%24s" % ("%d / %s / %s" % (kept, fmt(precision, 5), fmt(recall, 5))))
        out.append("%-9s" % ("%.1f" % t) + "".join(cells))
    print("\n".join(out))
    return 0


# --------------------------------------------------------------------------

def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="command", required=True)
    p = sub.add_parser("label", help="mark system triples correct or wrong against gold")
    p.add_argument("--gold", nargs="+", required=True, help="gold directories (*.jsonl) and/or files")
    p.add_argument("--system", required=True, help="output of `issuegraph extract --explain --format jsonl`")
    p.add_argument("--scorer", default=DEFAULT_SCORER, help="path to score.py (default: %(default)s)")
    p.add_argument("-o", "--output", required=True)
    p = sub.add_parser("fit", help="fit the logistic confidence model")
    p.add_argument("--labelled", nargs="+", required=True)
    p.add_argument("-o", "--output", required=True)
    p.add_argument("--l2", type=float, default=None, help="penalty on the weights (default: chosen by CV)")
    p.add_argument("--source", default="labelled triples", help="metadata 'source' text")
    p = sub.add_parser("report", help="measure calibration")
    p.add_argument("--labelled", nargs="+", required=True)
    p.add_argument("--model", action="append", default=[],
                   help="recompute confidence with this model (repeatable: columns side by side)")
    args = ap.parse_args(argv)
    try:
        return {"label": cmd_label, "fit": cmd_fit, "report": cmd_report}[args.command](args)
    except UsageFailure as exc:
        print("calibrate-confidence: error: %s" % exc, file=sys.stderr)
        return 2
    except Failure as exc:
        print("calibrate-confidence: error: %s" % exc, file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
