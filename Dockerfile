# Entente services image: `docker build -t entente .`, then `docker run entente ingest|enrich|alerts`.
# Stage 1 builds the shaded CLI jar with Maven; stage 2 is a plain JRE with that jar and curl (for healthchecks).

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
# Poms first, so the dependency download is cached while only sources change.
COPY pom.xml ./
COPY text/pom.xml text/
COPY schemas/pom.xml schemas/
COPY runtime/pom.xml runtime/
COPY ingest/pom.xml ingest/
COPY enrich/pom.xml enrich/
COPY alerts/pom.xml alerts/
COPY quality/pom.xml quality/
COPY cli/pom.xml cli/
COPY bench/pom.xml bench/
RUN mvn -B -q -pl cli -am dependency:go-offline -DexcludeReactor=true || true
COPY . .
RUN mvn -B -q -DskipTests package -pl cli -am

FROM eclipse-temurin:17-jre
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --home-dir /var/lib/entente entente \
 && mkdir -p /var/lib/entente/state \
 && chown -R entente /var/lib/entente
COPY --from=build /src/cli/target/entente.jar /opt/entente/entente.jar
USER entente
WORKDIR /var/lib/entente
# State stores live on a volume mounted at /var/lib/entente; configuration comes only from the environment.
ENV ENTENTE_STATE_DIR=/var/lib/entente/state \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -Dorg.apache.avro.SERIALIZABLE_PACKAGES=java.lang,java.math,java.io,java.net,org.apache.avro.reflect,org.entente"
ENTRYPOINT ["java", "-jar", "/opt/entente/entente.jar"]
CMD ["--help"]
