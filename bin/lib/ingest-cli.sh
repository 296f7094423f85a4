# Sourced by bin/import and bin/backfill: builds ingest-service when its jar or classpath file is missing or its
# sources changed since, then runs one of its command-line classes. The classpath file doubles as the build's time stamp.
#   ingest_cli NAME MAIN_CLASS ARGS...
ingest_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

ingest_cli() {
  local name=$1 main=$2
  shift 2
  local module="$ingest_root/ingest-service"
  local jar="$module/target/ingest-service-0.1.0-SNAPSHOT.jar"
  local classpath_file="$module/target/import.classpath"
  if [ ! -f "$jar" ] || [ ! -f "$classpath_file" ] \
      || [ -n "$(find "$module/src/main" "$module/pom.xml" -newer "$classpath_file" -print -quit)" ]; then
    echo "$name: building ingest-service (first use, or its sources changed)..." >&2
    (cd "$ingest_root" && ./mvnw -B -q -DskipTests install -pl ingest-service -am >&2 \
      && ./mvnw -B -q dependency:build-classpath -pl ingest-service -Dmdep.includeScope=runtime \
           -Dmdep.outputFile="$classpath_file" >&2)
    touch "$classpath_file"
  fi
  exec java -Xmx128m -Dlogback.configurationFile="$ingest_root/bin/cli-logback.xml" -cp "$jar:$(cat "$classpath_file")" \
    "$main" "$@"
}
