#include "td/platform/file_document_sink.h"

#include "td/platform/private_files.h"

namespace td::platform {

void FileDocumentSink::publish(const std::vector<std::uint8_t>& pdf) {
    // Folders named in the path and missing are made (owner only), as `--out a/b.pdf` expects.
    if (target_.has_parent_path()) create_private_directories(target_.parent_path());
    replace_file(target_, pdf);
}

}  // namespace td::platform
