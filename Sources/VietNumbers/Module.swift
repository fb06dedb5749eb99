// VietNumbers: module placeholder until its issue lands.
