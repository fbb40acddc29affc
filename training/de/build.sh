#!/usr/bin/env bash
# Build the German pipeline de_newsflow_sm end to end:
#   convert corpora -> word vectors -> tok2vec pretraining -> train syntax ->
#   train NER -> gazetteer -> assemble -> lexicon lemmas -> person names -> lexicon UPOS sets ->
#   evaluate -> package into
#   models/de_newsflow_sm
#
# Usage (from the repository root):  bash training/de/build.sh [STEP ...]
#   steps: corpus vectors pretrain syntax ner gazetteer assemble lexicon names upos evaluate package
#          (default: all; lexicon downloads LanguageTool's German lexicon from Maven Central)
# Environment:
#   DE_DATA         corpora folder (default ../shared/data/de); read in place, never copied
#   PYTHON          interpreter (default: python)
#   PRETRAIN_EPOCHS tok2vec pretraining epochs (default 4; the model of the last epoch is used)
#   MODEL_VERSION   package version (default 0.3.3)
#   SMOKE=1         tiny run for tests (handled by tests/test_model_de.py, not here)
# All outputs go to training/de/build/ (git-ignored); the package to models/de_newsflow_sm.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
DE="$ROOT/training/de"
B="$DE/build"
DE_DATA="${DE_DATA:-$ROOT/../shared/data/de}"
PYTHON="${PYTHON:-python}"
PRETRAIN_EPOCHS="${PRETRAIN_EPOCHS:-4}"
MODEL_VERSION="${MODEL_VERSION:-0.3.3}"
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 PYTHONHASHSEED=0

STEPS=("$@")
[ ${#STEPS[@]} -eq 0 ] && STEPS=(corpus vectors pretrain syntax ner gazetteer assemble lexicon names upos evaluate package)
mkdir -p "$B"
cd "$DE"

log() { echo "[$(date +%H:%M:%S)] $*"; }

for step in "${STEPS[@]}"; do
  SECONDS=0
  case "$step" in
    corpus)
      log "convert corpora from $DE_DATA"
      "$PYTHON" convert.py --data "$DE_DATA" --out build/corpus ;;
    vectors)
      log "train static vectors (gensim FastText, 1 thread, seed 0)"
      # the 40 MB package budget caps the table at 0.2.0's size (28.5k words)
      "$PYTHON" train_vectors.py build/corpus/raw.txt build/vectors.txt --dim 96 --seed 0 \
        --max-words "${VECTORS_MAX_WORDS:-28500}"
      "$PYTHON" -m spacy init vectors de build/vectors.txt build/vectors --name de_newsflow.vectors ;;
    pretrain)
      log "pretrain tok2vec ($PRETRAIN_EPOCHS epochs, characters objective)"
      rm -rf build/pretrain
      "$PYTHON" -m spacy pretrain configs/syntax.cfg build/pretrain \
        --paths.vectors build/vectors --paths.raw_text build/corpus/raw.jsonl \
        --pretraining.max_epochs "$PRETRAIN_EPOCHS" ;;
    syntax)
      log "train syntax pipeline (UD train+dev as 10-sentence running text, fixed steps, model-last is shipped)"
      "$PYTHON" -m spacy train configs/syntax.cfg --output build/syntax \
        --paths.train build/corpus/syntax_traindev.spacy \
        --paths.init_tok2vec "build/pretrain/model$((PRETRAIN_EPOCHS - 1)).bin" ;;
    ner)
      log "train NER pipeline"
      "$PYTHON" -m spacy train configs/ner.cfg --output build/ner \
        --paths.init_tok2vec "build/pretrain/model$((PRETRAIN_EPOCHS - 1)).bin" ;;
    gazetteer)
      log "build LOC gazetteer"
      "$PYTHON" build_gazetteer.py --corpus build/corpus --out build/gazetteer.jsonl ;;
    assemble)
      log "assemble final pipeline"
      rm -rf build/final
      "$PYTHON" assemble.py --syntax build/syntax/model-last --ner build/ner/model-best \
        --corpus build/corpus --gazetteer build/gazetteer.jsonl --lemma-table "${LEMMA_TABLE:-train+lookup}" \
        --version "$MODEL_VERSION" --out build/final ;;
    lexicon)
      log "lemmas from LanguageTool's German lexicon (Maven Central de.danielnaber:german-pos-dict:1.2.4)"
      [ -s build/lexicon/german.tsv ] || "$PYTHON" lexicon_lemmas.py fetch --out build/lexicon
      "$PYTHON" lexicon_lemmas.py add build/final --lexicon build/lexicon/german.tsv \
        --raw build/corpus/raw.txt ;;
    names)
      log "person_names: first names and common words from the lexicon and the NER training split"
      [ -s build/lexicon/german.tsv ] || "$PYTHON" lexicon_lemmas.py fetch --out build/lexicon
      "$PYTHON" build_person_names.py add build/final --lexicon build/lexicon/german.tsv \
        --corpus build/corpus ;;
    upos)
      log "upos_lexicon: possible UPOS of each word form from the lexicon and the training split"
      [ -s build/lexicon/german.tsv ] || "$PYTHON" lexicon_lemmas.py fetch --out build/lexicon
      "$PYTHON" build_upos_lexicon.py add build/final --lexicon build/lexicon/german.tsv \
        --corpus build/corpus ;;
    evaluate)
      log "evaluate on held-out splits"
      "$PYTHON" evaluate.py build/final --corpus build/corpus --out build/scores.json ;;
    package)
      log "package into models/de_newsflow_sm"
      rm -rf build/package && mkdir -p build/package
      "$PYTHON" -m spacy package build/final build/package --code newsflow_de_components.py \
        --name newsflow_sm --version "$MODEL_VERSION" --build none --force
      mkdir -p "$ROOT/models/de_newsflow_sm"
      # keep the hand-written model card (README.md); replace everything else
      find "$ROOT/models/de_newsflow_sm" -mindepth 1 -maxdepth 1 ! -name README.md -exec rm -rf {} +
      src="build/package/de_newsflow_sm-$MODEL_VERSION"
      for f in "$src"/*; do
        [ "$(basename "$f")" = README.md ] && [ -f "$ROOT/models/de_newsflow_sm/README.md" ] && continue
        cp -r "$f" "$ROOT/models/de_newsflow_sm/"
      done
      du -sh "$ROOT/models/de_newsflow_sm" ;;
    *) echo "unknown step $step" >&2; exit 2 ;;
  esac
  log "step $step took ${SECONDS}s"
done
