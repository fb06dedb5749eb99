// VietTokenizer: module placeholder until its issue lands.
