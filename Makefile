# Set-up and everyday commands. `make run` and `make test` work on a fresh machine.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
TS := $(wildcard kiosk/translations/*.ts)
QM := $(TS:.ts=.qm)

.PHONY: run test lint bench clean package package-deps translations translations-update

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# The interface's translations, compiled from the .ts sources (never edited by hand).
$(QM): $(TS) $(STAMP)
	$(PY) tools/translations.py build

translations: $(QM)

# After adding or changing a visitor-facing string: merge it into the .ts files to translate.
translations-update: $(STAMP)
	$(PY) tools/translations.py update

run: $(STAMP) $(QM)
	$(PY) main.py $(ARGS)

lint: $(STAMP)
	$(VENV)/bin/ruff check kiosk tests tools main.py
	$(VENV)/bin/mypy kiosk
	QT_QPA_PLATFORM=offscreen $(PY) tools/qmltypes.py --check
	@if ls kiosk/qml/Kiosk/*.qml >/dev/null 2>&1; then \
		$(VENV)/bin/pyside6-qmllint --max-warnings 0 -I kiosk/qml -i kiosk/qml/Kiosk/qmldir \
			$$(find kiosk/qml -name '*.qml'); fi

test: lint $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

bench: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) tools/bench.py

clean:
	rm -rf $(VENV) build dist *.egg-info $(QM)

# Libraries the bundled xcb and Wayland platform plugins link to: PyInstaller bundles them
# only when the build machine has them (Debian/Ubuntu names). binutils, gcc and icu-devtools
# strip the libraries and rebuild the ICU data library with only the kiosk's languages.
PACKAGE_DEBS := binutils gcc icu-devtools libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxcb-image0 \
	libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xfixes0 libxcb-xkb1 \
	libxkbcommon-x11-0 libwayland-client0 libwayland-cursor0 libwayland-egl1
SUDO := $(if $(filter 0,$(shell id -u)),,sudo)

package-deps:
	@if ! command -v dpkg-query >/dev/null 2>&1; then \
		echo "package-deps: not a Debian system; install the xcb/Wayland libraries yourself"; \
	else \
		missing=$$(for p in $(PACKAGE_DEBS); do \
			dpkg-query -W -f='$${db:Status-Abbrev}' $$p 2>/dev/null | grep -q '^ii' || echo $$p; \
		done); \
		if [ -n "$$missing" ]; then \
			echo "package-deps: installing" $$missing; \
			$(SUDO) apt-get update -qq && \
			$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
				--no-install-recommends $$missing; \
		fi; \
	fi

# The one-folder executable in dist/zgc-kiosk (skipped when its inputs are unchanged).
package: $(STAMP) $(QM) package-deps
	$(PY) tools/package.py $(PACKAGE_ARGS)
