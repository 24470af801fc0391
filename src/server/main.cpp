#include <string>
#include <vector>

#include "server_main.h"

int main(int argc, char** argv) {
    return td::server::server_main(std::vector<std::string>(argv + 1, argv + argc));
}
