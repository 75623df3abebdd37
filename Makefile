# Two commands do all the set-up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
SHARED ?= ../shared
SEEDS  ?= $(SHARED)/corpus/seeds
DEMO_DB ?= demo.db

.PHONY: install demo test eval bench bench-watch clean

# Re-run the install only when pyproject.toml changes.
$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q -U pip
	$(BIN)/python -m pip install -q -e ".[web,postgres,ray,exchange,test]"
	touch $@

install: $(VENV)/.installed

demo: install
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(BIN)/claimgraph ingest --db $(DEMO_DB) $(SEEDS)
	$(BIN)/claimgraph stats --db $(DEMO_DB)
	$(BIN)/claimgraph documents --db $(DEMO_DB)
	$(BIN)/claimgraph entities --db $(DEMO_DB) --limit 15
	$(BIN)/claimgraph events --db $(DEMO_DB) --limit 25
	$(BIN)/claimgraph contradictions --db $(DEMO_DB)

# MARKS selects tests by marker: the slow reliability cases run in CI (`make test MARKS=`).
MARKS ?= not slow
test: install
	$(BIN)/python -m pytest -q -p no:cacheprovider -m "$(MARKS)"

# `make eval` runs every yardstick (13 min on 2 busy cores); ONLY picks some (`make eval ONLY=seeds,dev`),
# PIN=1 raises the floors and lowers the ceilings of quality-floors.json to what it measured.
ONLY ?=
PIN ?=
eval: install
	$(BIN)/python -m claimgraph.evaluate --shared $(SHARED) $(if $(ONLY),--only $(ONLY)) $(if $(PIN),--pin)

bench: install
	$(BIN)/python -m benchmarks.ingest_bench

# One polling round of `claimgraph watch run` over 50 feed entries served on 127.0.0.1.
bench-watch: install
	$(BIN)/python -m benchmarks.watch_bench

clean:
	rm -rf $(VENV) $(DEMO_DB) *.egg-info .pytest_cache
