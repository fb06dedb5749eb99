// VietRules: module placeholder until its issue lands.
