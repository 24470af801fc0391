#pragma once
#include <functional>
// The host interface's routes (docs/openapi.yaml): each reads its JSON, asks core through
// HostService for the calling host, and answers JSON or a problem. Decides nothing itself.
#include <string>

#include "host_pins.h"
#include "http_types.h"
#include "metrics.h"
#include "rate_limiter.h"
#include "runtime_pool.h"
#include "server_config.h"
#include "td/core/host_service.h"

namespace td::server {

class Api {
  public:
    Api(RuntimePool& pool, Metrics& metrics, const Limits& limits, std::string openapi_yaml)
        : pool_(pool),
          metrics_(metrics),
          limits_(limits),
          per_login_(limits.login_rate, limits.login_burst),
          per_host_(limits.host_rate, limits.host_burst),
          openapi_(std::move(openapi_yaml)) {}

    // Called after a step queued a mail (an online issuance), so it goes out at once.
    void on_mail_queued(std::function<void()> wake) { mail_queued_ = std::move(wake); }

    // `host`: the server_host the client certificate is pinned by; null for a certificate of
    // the hosts' CA that no line pins, which may read only /v1/health, /metrics and the
    // contract (a load balancer's or the monitoring's certificate).
    HttpResponse handle(const HttpRequest& request, const HostPin* host);

  private:
    HttpResponse health();
    // One host route's work through core, its answer or refusal.
    HttpResponse act(const std::string& route, const HttpRequest& request,
                     core::HostService& service, const std::string& login_id);
    RuntimePool& pool_;
    Metrics& metrics_;
    Limits limits_;
    RateLimiter per_login_, per_host_;
    std::string openapi_;
    std::function<void()> mail_queued_;
};

}  // namespace td::server
