# Passend: the two commands a newcomer needs are `make run` and `make test`.
BUILD_DIR ?= build
BUILD_TYPE ?= Release
DB ?= var/passend.db
PORT ?= 8080
JOBS ?= $(shell nproc)

.PHONY: all deps configure build test run bench demo-land format tidy clean

all: build

deps:
	@scripts/install-deps

$(BUILD_DIR)/build.ninja:
	cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE)

configure: $(BUILD_DIR)/build.ninja

build: deps configure
	cmake --build $(BUILD_DIR) -j $(JOBS)
	@echo "Gebouwd: $(BUILD_DIR)/passend"

test: build
	cd $(BUILD_DIR) && ctest --output-on-failure -j $(JOBS)

run: build
	@scripts/run-demo $(BUILD_DIR)/passend $(DB) $(PORT)

bench: build
	$(BUILD_DIR)/bench/passend_bench --benchmark_min_time=0.2
	scripts/bench-demo $(BUILD_DIR)/passend
	scripts/bench-api $(BUILD_DIR)/passend
	scripts/compare-networkx $(BUILD_DIR)/passend

format:
	clang-format -i $$(git ls-files '*.h' '*.cc')

tidy: configure
	run-clang-tidy -quiet -p $(BUILD_DIR) 'src/'

clean:
	rm -rf $(BUILD_DIR)
