allUsersData = {
    
color: '#FFA900',
name: 'Active Users',
data: [
  [1795611964000,58],[1795611965000,57],[1795611966000,57],[1795611967000,56],[1795611968000,55],[1795611969000,56],[1795611970000,55],[1795611971000,51]
],
tooltip: { yDecimals: 0, ySuffix: '', valueDecimals: 0 }
    , zIndex: 20
    , yAxis: 1
};