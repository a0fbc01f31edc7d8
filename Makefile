# Set-up and everyday commands. `make run` and `make test` work on a fresh machine.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test lint bench clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(PY) main.py $(ARGS)

lint: $(STAMP)
	$(VENV)/bin/ruff check kiosk tests tools main.py
	$(VENV)/bin/mypy kiosk
	@if ls kiosk/qml/Kiosk/*.qml >/dev/null 2>&1; then \
		$(VENV)/bin/pyside6-qmllint --max-warnings 0 -I kiosk/qml -i kiosk/qml/Kiosk/qmldir \
			$$(find kiosk/qml -name '*.qml'); fi

test: lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) tools/bench.py

clean:
	rm -rf $(VENV) build dist *.egg-info
