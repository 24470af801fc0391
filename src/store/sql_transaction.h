#pragma once
// The repositories of one open write transaction.
#include "admin_change_repository.h"
#include "application_repository.h"
#include "audit_repository.h"
#include "branch_repository.h"
#include "contract_repository.h"
#include "device_repository.h"
#include "host_event_repository.h"
#include "kept_answer_repository.h"
#include "key_repository.h"
#include "mail_outbox_repository.h"
#include "policy_repository.h"
#include "print_repository.h"
#include "sealed_data_repository.h"
#include "staff_repository.h"
#include "token_repository.h"
#include "user_repository.h"

namespace td::store {

class SqlTransaction final : public core::Transaction {
  public:
    SqlTransaction(const Db& db, PolicyCache& policy_cache)
        : branches_(db),
          staff_(db),
          contracts_(db),
          users_(db),
          tokens_(db),
          applications_(db),
          policy_(db, policy_cache),
          audit_(db),
          prints_(db),
          devices_(db),
          kept_answers_(db),
          host_events_(db),
          mail_outbox_(db),
          admin_changes_(db),
          keys_(db),
          sealed_data_(db) {}

    core::BranchRepository& branches() override { return branches_; }
    core::StaffRepository& staff() override { return staff_; }
    core::ContractRepository& contracts() override { return contracts_; }
    core::UserRepository& users() override { return users_; }
    core::TokenRepository& tokens() override { return tokens_; }
    core::ApplicationRepository& applications() override { return applications_; }
    core::PolicyRepository& policy() override { return policy_; }
    core::AuditRepository& audit() override { return audit_; }
    core::PrintRepository& prints() override { return prints_; }
    core::DeviceRepository& devices() override { return devices_; }
    core::KeptAnswerRepository& kept_answers() override { return kept_answers_; }
    core::HostEventRepository& host_events() override { return host_events_; }
    core::MailOutboxRepository& mail_outbox() override { return mail_outbox_; }
    core::AdminChangeRepository& admin_changes() override { return admin_changes_; }
    core::KeyRepository& keys() override { return keys_; }
    core::SealedDataRepository& sealed_data() override { return sealed_data_; }

  private:
    SqlBranchRepository branches_;
    SqlStaffRepository staff_;
    SqlContractRepository contracts_;
    SqlUserRepository users_;
    SqlTokenRepository tokens_;
    SqlApplicationRepository applications_;
    SqlPolicyRepository policy_;
    SqlAuditRepository audit_;
    SqlPrintRepository prints_;
    SqlDeviceRepository devices_;
    SqlKeptAnswerRepository kept_answers_;
    SqlHostEventRepository host_events_;
    SqlMailOutboxRepository mail_outbox_;
    SqlAdminChangeRepository admin_changes_;
    SqlKeyRepository keys_;
    SqlSealedDataRepository sealed_data_;
};

}  // namespace td::store
