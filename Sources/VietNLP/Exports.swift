// The umbrella module: `import VietNLP` brings every capability.
@_exported import VietNumbers
@_exported import VietRules
@_exported import VietText
@_exported import VietTokenizer
