# Sourced by bin/extract, bin/train-extraction and bin/bench-extraction: builds commitments-service (and the modules it
# depends on) when the caller's class or jar is missing, or the module's sources, resources or poms changed since the
# last build, and writes the classpath of its dependencies. The classpath file doubles as the build's time stamp.
#   engine_build NAME SCOPE CLASSPATH_FILE MARKER [SOURCE_DIR...]
engine_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
engine_module="$engine_root/commitments-service"

engine_build() {
  local name=$1 scope=$2 classpath_file=$3 marker=$4
  shift 4
  local sources=("$engine_module/src/main" "$@")
  if [ ! -e "$marker" ] || [ ! -f "$classpath_file" ] || [ "$engine_root/pom.xml" -nt "$classpath_file" ] \
      || [ "$engine_module/pom.xml" -nt "$classpath_file" ] \
      || [ -n "$(find "${sources[@]}" -newer "$classpath_file" -print -quit)" ]; then
    echo "$name: building commitments-service (first use, or its sources changed)..." >&2
    (cd "$engine_root" && ./mvnw -B -q -DskipTests install -pl commitments-service -am >&2 \
      && ./mvnw -B -q dependency:build-classpath -pl commitments-service -Dmdep.includeScope="$scope" \
           -Dmdep.outputFile="$classpath_file" >&2)
    touch "$classpath_file"
  fi
}
