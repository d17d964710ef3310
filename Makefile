# opt_consent -- PGXS build
#
#   make            build the extension
#   make install    install it into the PostgreSQL that PG_CONFIG names
#   make demo       build, install, start a throwaway cluster and run the demo
#   make test       build, install, start a throwaway cluster and run every suite
#   make matrix     make test on the host's PostgreSQL and on 13, 17 and 18 in
#                   Debian chroots (root; see test/matrix/run.sh)

EXTENSION = opt_consent
MODULE_big = opt_consent
OBJS = \
	src/opt_consent.o \
	src/e164.o \
	src/e164_parse.o \
	src/phone_rx.o \
	src/phone_metadata.o \
	src/normalize.o \
	src/keywords.o \
	src/scopes.o \
	src/lookup.o \
	src/enforce.o \
	src/quiet.o \
	src/filter.o \
	src/guard.o

DATA = opt_consent--1.0.sql opt_consent--1.0--1.1.sql opt_consent--1.1--1.2.sql

REGRESS = e164 phone_corpus normalize classify classify_corpus keywords scopes consent privileges enforce enforce_guc consent_evidence security bad_input hardening deployments categories quiet upgrade
REGRESS_OPTS = --inputdir=. --load-extension=opt_consent

PG_CONFIG ?= pg_config
PG_CFLAGS += -Wall -Wextra -Werror -Wno-unused-parameter -Wno-missing-field-initializers

# PGXS is only there once the server development package is installed; the
# demo and test targets install it first (see test/harness.sh), so do not
# fail before they get the chance.
PGXS := $(shell $(PG_CONFIG) --pgxs 2>/dev/null)
ifneq ($(wildcard $(PGXS)),)
include $(PGXS)
else
all install installcheck:
	@echo "PostgreSQL server development files not found (PG_CONFIG=$(PG_CONFIG))."
	@echo "Install them with: sudo apt-get install -y postgresql postgresql-server-dev-all"
	@echo "or run 'make demo' / 'make test' as root, which installs them."
	@exit 1
endif

# PGXS tracks no header dependencies: rebuild every object when one changes
$(OBJS): $(wildcard src/*.h)

# the PGXN release zip, from what git has committed
EXTVERSION := $(shell sed -n 's/^ *"version": "\([0-9.]*\)",*$$/\1/p' META.json | head -n 1)
dist:
	git archive --format=zip --prefix=$(EXTENSION)-$(EXTVERSION)/ \
		-o $(EXTENSION)-$(EXTVERSION).zip HEAD
	@echo "wrote $(EXTENSION)-$(EXTVERSION).zip"

# Debian packages postgresql-NN-opt-consent (pg_buildext), into deb/
deb:
	@bash test/matrix/make_deb.sh

.PHONY: demo test valgrind bench matrix dist deb
valgrind:
	@bash test/harness.sh valgrind
demo:
	@bash test/harness.sh demo
test:
	@bash test/harness.sh test
bench:
	@bash test/harness.sh bench
matrix:
	@bash test/matrix/run.sh
