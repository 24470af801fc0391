#include "tls_files.h"

#include <gtest/gtest.h>

#include <fstream>

#include "test_process.h"

namespace td::test {

namespace {

namespace fs = std::filesystem;

void openssl(const std::vector<std::string>& args) {
    const auto r = run_program("/usr/bin/openssl", args, {});
    ASSERT_EQ(r.exit_code, 0) << "openssl " << args.front() << ": " << r.err;
}

void new_key_and_request(const fs::path& key, const fs::path& csr, const std::string& cn) {
    openssl({"req", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
             "-keyout", key.string(), "-out", csr.string(), "-subj", "/CN=" + cn});
}

void new_ca(const fs::path& dir, const std::string& name) {
    openssl({"req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
             "-keyout", (dir / (name + ".key")).string(), "-out", (dir / (name + ".pem")).string(),
             "-subj", "/CN=" + name, "-days", "30"});
}

// Signs NAME.csr with CA; `days` may be negative (an expired certificate); `extensions` is an
// extfile's text.
void sign(const fs::path& dir, const std::string& name, const std::string& ca, int days,
          const std::string& extensions, int serial) {
    const fs::path ext = dir / (name + ".ext");
    std::ofstream(ext) << extensions;
    openssl({"x509", "-req", "-in", (dir / (name + ".csr")).string(), "-CA",
             (dir / (ca + ".pem")).string(), "-CAkey", (dir / (ca + ".key")).string(), "-out",
             (dir / (name + ".pem")).string(), "-days", std::to_string(days), "-set_serial",
             std::to_string(serial), "-extfile", ext.string()});
}

std::string fingerprint(const fs::path& cert) {
    const auto r =
        run_program("/usr/bin/openssl",
                    {"x509", "-in", cert.string(), "-noout", "-fingerprint", "-sha256"}, {});
    // "sha256 Fingerprint=AB:CD:..."
    std::string hex;
    for (char c : r.out.substr(r.out.find('=') + 1)) {
        if (c == ':' || c == '\n') continue;
        hex += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return hex;
}

TlsFiles::Client client(const fs::path& dir, const std::string& name, const std::string& ca,
                        int days, int serial) {
    new_key_and_request(dir / (name + ".key"), dir / (name + ".csr"), name);
    sign(dir, name, ca, days, "extendedKeyUsage=clientAuth\n", serial);
    return {dir / (name + ".pem"), dir / (name + ".key"), fingerprint(dir / (name + ".pem"))};
}

}  // namespace

TlsFiles make_tls_files(const fs::path& dir) {
    fs::create_directories(dir);
    TlsFiles f;
    new_ca(dir, "hosts-ca");
    new_ca(dir, "other-ca");
    f.ca = dir / "hosts-ca.pem";
    new_key_and_request(dir / "server.key", dir / "server.csr", "127.0.0.1");
    sign(dir, "server", "hosts-ca", 30,
         "subjectAltName=IP:127.0.0.1\nextendedKeyUsage=serverAuth\n", 1);
    f.server_cert = dir / "server.pem";
    f.server_key = dir / "server.key";
    f.host = client(dir, "ib-host", "hosts-ca", 30, 2);
    f.unpinned = client(dir, "monitoring", "hosts-ca", 30, 3);
    f.expired = client(dir, "old-host", "hosts-ca", -1, 4);
    f.other_ca = client(dir, "stranger", "other-ca", 30, 5);
    return f;
}

}  // namespace td::test
