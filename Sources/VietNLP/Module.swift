// VietNLP: module placeholder until its issue lands.
