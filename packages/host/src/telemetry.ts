import { Layer, Option } from "effect"
import { FetchHttpClient } from "effect/http"
import { Otlp, OtlpSerialization } from "effect/observability"
import type { HostConfig } from "./config.ts"

/**
 * Traces, metrics and Effect's logs, exported by OTLP over HTTP to
 * `OTEL_EXPORTER_OTLP_ENDPOINT` (`/v1/traces`, `/v1/metrics`, `/v1/logs` below it) when it is
 * set, and nothing otherwise: effect's own exporters, so the spans the use cases and the SQL
 * client already open are what a collector receives. The exporters flush when the runtime is
 * disposed, so a stopping server sends what it holds.
 */
export const layerTelemetry = (
  config: Pick<HostConfig, "otlpEndpoint" | "otlpProtocol" | "otlpServiceName">,
  council: { readonly id: string },
) =>
  Option.match(config.otlpEndpoint, {
    onNone: () => Layer.empty,
    onSome: (baseUrl) =>
      Otlp.layer({
        baseUrl,
        resource: {
          serviceName: config.otlpServiceName,
          attributes: { "openpb.council": council.id },
        },
      }).pipe(
        Layer.provide(
          config.otlpProtocol === "http/json"
            ? OtlpSerialization.layerJson
            : OtlpSerialization.layerProtobuf,
        ),
        Layer.provide(FetchHttpClient.layer),
      ),
  })
