#!/usr/bin/env bash
# Runs the sample from Spring Boot's extracted layout with the JDK's class-data sharing (CDS), which about halves its
# start-up time: the first run after a build extracts the jar and records the classes the app loads into an archive
# (a training run that stops once the context is refreshed, on an in-memory database, so ./data is not touched);
# every run then maps that archive. Where the JDK cannot write the archive, the app runs from the jar as usual.
# Arguments are the app's, such as --spring.profiles.active=dev. Build first with
#   mvn -q -pl sample-app -am package -DskipTests
set -euo pipefail
target="$(cd "$(dirname "$0")" && pwd)/target"
jar="$target/auth-adapter-sample.jar"
app="$target/cds"
archive="$app/auth-adapter-sample.jsa"
if [ ! -f "$jar" ]; then
	echo "$jar not found: build it with mvn -q -pl sample-app -am package -DskipTests" >&2
	exit 1
fi
if [ ! -f "$archive" ] || [ "$jar" -nt "$archive" ]; then
	rm -rf "$app"
	java -Djarmode=tools -jar "$jar" extract --destination "$app" >/dev/null
	java -XX:ArchiveClassesAtExit="$archive" -Xlog:cds=off -Xlog:cds+dynamic=off -Dspring.context.exit=onRefresh \
		-jar "$app/auth-adapter-sample.jar" --spring.profiles.active=dev --spring.main.banner-mode=off \
		--spring.datasource.url=jdbc:h2:mem:cds-training --logging.level.root=warn >/dev/null 2>&1 || rm -f "$archive"
fi
if [ -f "$archive" ]; then
	exec java -XX:SharedArchiveFile="$archive" -Xlog:cds=off -Xlog:cds+dynamic=off -jar "$app/auth-adapter-sample.jar" "$@"
fi
echo "No CDS archive could be written by this JDK; running the jar without it" >&2
exec java -jar "$jar" "$@"
